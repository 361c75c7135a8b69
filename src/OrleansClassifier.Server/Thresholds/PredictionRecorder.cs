using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OrleansClassifier.Decisions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>
/// Binary models: the score goes to the tenant's aggregate (flushed in batches) and, when the instance has an
/// id, to the bounded recent-prediction memory. Every prediction gets a self-describing <see cref="PredictionId"/>.
/// </summary>
internal sealed class PredictionRecorder(ThresholdAggregator aggregator, RecentPredictions recent) : IPredictionRecorder
{
    private long _next = RandomNumberGenerator.GetInt32(int.MaxValue) * (long)uint.MaxValue;

    public PredictionRecorder(ThresholdAggregator aggregator, IOptions<ThresholdFrontEndOptions> options)
        : this(aggregator, new RecentPredictions(options.Value.RecentPredictions))
    {
    }

    public RecentPredictions Recent => recent;

    public string Record(string tenant, ModelDescriptor model, string instanceId, in Decision decision)
    {
        if (decision.Threshold is not null)
        {
            aggregator.AddScore(tenant, model.Name, decision.Score);
            recent.Remember(tenant, model.Name, instanceId, decision.Score);
        }

        return new PredictionId(model.Name, model.Version, decision.Score, Interlocked.Increment(ref _next)).Encode();
    }
}
