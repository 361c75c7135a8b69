using Orleans.Concurrency;
using Microsoft.Extensions.Logging;
using OrleansClassifier.Abstractions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Grains;

/// <summary>
/// Owns one model version's ONNX Runtime session. Reentrant: many calls are in flight at once and the
/// session runs them off the grain scheduler. Every call goes through <see cref="InferenceExecutor"/>, the
/// seam where the micro-batcher takes over.
/// </summary>
[Reentrant]
internal sealed class ModelGrain(
    ModelCatalog catalog,
    ModelSessionFactory sessionFactory,
    ILogger<ModelGrain> logger) : Grain, IModelGrain
{
    private OnnxModelSession? _session;
    private InferenceExecutor? _executor;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        if (!catalog.TryGetByKey(key, out var descriptor))
        {
            throw new KeyNotFoundException($"Model version '{key}' is not in the model repository of this silo.");
        }

        // Loading a graph blocks for a while (and on CUDA, much longer): keep it off the grain scheduler.
        _session = await Task.Run(() => sessionFactory.Create(descriptor), cancellationToken);
        _executor = new InferenceExecutor(_session);
        GrainLog.Activated(logger, key, _session.Provider, RuntimeIdentity);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _session?.Dispose();
        _session = null;
        _executor = null;
        return Task.CompletedTask;
    }

    public Task<InferenceResult> InferAsync(InferenceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var executor = _executor ?? throw new InvalidOperationException("The model grain is not active.");
        return executor.RunAsync(request, cancellationToken);
    }

    public Task<ModelRuntimeInfo> GetRuntimeInfoAsync()
    {
        var session = _session ?? throw new InvalidOperationException("The model grain is not active.");
        return Task.FromResult(new ModelRuntimeInfo(
            session.Descriptor.Key, session.Provider, session.Descriptor.FeatureCount, session.ClassCount, RuntimeIdentity));
    }
}
