using Grpc.Core;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Servers;

/// <summary>
/// The transport ceiling: the service's API on the same gRPC stack, answering every request with canned
/// predictions of the right shape (one per instance, probabilities when asked). No Orleans, no inference.
/// </summary>
internal sealed class TransportService : AnsweringClassifierService
{
    private readonly Dictionary<string, (long Version, Prediction Plain, Prediction WithProbabilities)> _canned = new(StringComparer.Ordinal);

    public TransportService(ModelCatalog catalog)
        : base(catalog, inline: true)
    {
        foreach (var entry in catalog.Models)
        {
            if (entry.DefaultVersion is { Config: { } config } descriptor)
            {
                var classes = config.ClassNames.Count;
                var binary = config.Task == Inference.ModelTask.Binary;
                var plain = new Prediction
                {
                    Label = 0,
                    LabelName = config.ClassNames[0],
                    Score = binary ? 0.25f : 1f / classes,
                    Rule = binary ? DecisionRule.Threshold : DecisionRule.Argmax,
                };
                if (binary)
                {
                    plain.Threshold = 0.5f;
                    plain.Policy = "fixed";
                }

                var withProbabilities = plain.Clone();
                withProbabilities.Probabilities.AddRange(binary ? [0.75f, 0.25f] : Enumerable.Repeat(1f / classes, classes));
                _canned[entry.Name] = (descriptor.Version, plain, withProbabilities);
            }
        }
    }

    protected override ClassifyStreamResponse Answer(ClassifyRequest request)
    {
        if (!_canned.TryGetValue(request.Model, out var canned))
        {
            return StreamPump.Failure(request.RequestId, StatusCode.NotFound, $"model '{request.Model}' does not exist.");
        }

        var result = new ClassifyResponse { RequestId = request.RequestId, Model = request.Model, ModelVersion = canned.Version };
        var template = request.ReturnProbabilities ? canned.WithProbabilities : canned.Plain;
        foreach (var instance in request.Instances)
        {
            // Shared messages serialise the same every time; only an instance id makes a prediction differ.
            result.Predictions.Add(instance.InstanceId.Length == 0 ? template : WithId(template, instance.InstanceId));
        }

        return new ClassifyStreamResponse { RequestId = request.RequestId, Result = result };
    }

    private static Prediction WithId(Prediction template, string id)
    {
        var prediction = template.Clone();
        prediction.InstanceId = id;
        return prediction;
    }
}
