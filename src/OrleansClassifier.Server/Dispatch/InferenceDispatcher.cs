using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OrleansClassifier.Inference;
using OrleansClassifier.Server.Hosting;

namespace OrleansClassifier.Server.Dispatch;

/// <summary>The front-end's lanes to the model grains, one per model version, shared by every call and stream of this silo.</summary>
internal sealed class InferenceDispatcher(
    IGrainFactory grains,
    IOptions<BatchingOptions> batchingDefaults,
    IOptions<ClassifierOptions> options)
{
    private readonly ConcurrentDictionary<string, ModelLane> _lanes = new(StringComparer.Ordinal);

    public Task<SegmentOutcome> InferAsync(
        ModelDescriptor model, string tenant, float[] features, int rows, DateTimeOffset? deadline, CancellationToken cancellationToken) =>
        Lane(model).InferAsync(tenant, features, rows, deadline, cancellationToken);

    public ModelLane Lane(ModelDescriptor model) => _lanes.GetOrAdd(model.Key, _ => new ModelLane(
        grains,
        model,
        model.Config!.EffectiveBatching(batchingDefaults.Value).Replicas,
        options.Value.MaxRowsPerGrainCall,
        options.Value.MaxGrainCallsPerReplica));
}
