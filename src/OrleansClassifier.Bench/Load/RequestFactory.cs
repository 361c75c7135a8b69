using System.Globalization;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Bench.Load;

/// <summary>
/// Builds the requests of a run: <see cref="InstancesPerRequest"/> instances drawn in turn from a pool of
/// seeded random feature vectors, so building a request costs the generator almost nothing.
/// </summary>
internal sealed class RequestFactory
{
    private const int PoolSize = 256;
    private readonly Instance[] _pool;

    public RequestFactory(string model, int featureCount, int instancesPerRequest, bool returnProbabilities, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(featureCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(instancesPerRequest);
        Model = model;
        FeatureCount = featureCount;
        InstancesPerRequest = instancesPerRequest;
        ReturnProbabilities = returnProbabilities;
        var random = new Random(seed);
        _pool = new Instance[PoolSize];
        for (var i = 0; i < PoolSize; i++)
        {
            var instance = new Instance();
            for (var f = 0; f < featureCount; f++)
            {
                // Roughly standardised values: what the demo models were trained on.
                instance.Features.Add((float)((random.NextDouble() * 4.0) - 2.0));
            }

            _pool[i] = instance;
        }
    }

    public string Model { get; }

    public int FeatureCount { get; }

    public int InstancesPerRequest { get; }

    public bool ReturnProbabilities { get; }

    public ClassifyRequest Create(long id)
    {
        var request = new ClassifyRequest
        {
            RequestId = id.ToString(CultureInfo.InvariantCulture),
            Model = Model,
            ReturnProbabilities = ReturnProbabilities,
        };
        var first = id * InstancesPerRequest;
        for (var i = 0; i < InstancesPerRequest; i++)
        {
            // Instances are shared between requests: serialising a message never changes it.
            request.Instances.Add(_pool[(int)((first + i) % PoolSize)]);
        }

        return request;
    }
}
