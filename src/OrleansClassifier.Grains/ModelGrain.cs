using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Placement;
using OrleansClassifier.Abstractions;
using OrleansClassifier.Grains.Batching;
using OrleansClassifier.Grains.Placement;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Grains;

/// <summary>
/// One replica of a model version (key <c>name/version/replica</c>): owns its ONNX Runtime session and its
/// micro-batcher. Reentrant, so calls queue in the batcher rather than in Orleans. It activates only on silos
/// marked as having an accelerator, and never moves (its session is expensive to rebuild).
/// </summary>
[Reentrant]
[AcceleratorPlacementFilter]
[Immovable]
internal sealed class ModelGrain(
    ModelCatalog catalog,
    ModelSessionFactory sessionFactory,
    IOptions<BatchingOptions> batchingDefaults,
    BatchingInstruments instruments,
    TimeProvider time,
    ILogger<ModelGrain> logger) : Grain, IModelGrain
{
    private OnnxModelSession? _session;
    private MicroBatcher? _batcher;
    private IDisposable? _queueGauge;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        if (!ModelGrainKey.TryParse(key, out var parsed)
            || !catalog.TryGetModel(parsed.Model, out var model)
            || model.Versions.FirstOrDefault(v => v.Version == parsed.Version) is not { } descriptor)
        {
            throw new KeyNotFoundException($"Model grain '{key}' names no model version in the model repository of this silo.");
        }

        // Loading a graph blocks for a while (and on CUDA, much longer): keep it off the grain scheduler.
        var replica = parsed.Replica;
        _session = await Task.Run(() => sessionFactory.Create(descriptor, replica), cancellationToken);
        var options = descriptor.Config!.EffectiveBatching(batchingDefaults.Value);
        _batcher = new MicroBatcher(options, new SessionBatchExecutor(_session), time, instruments, descriptor.Key);
        _queueGauge = instruments.TrackQueue(descriptor.Key, () => _batcher?.QueuedRows ?? 0);
        GrainLog.Activated(logger, key, _session.Provider, RuntimeIdentity);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        var (gauge, batcher, session) = (_queueGauge, _batcher, _session);
        (_queueGauge, _batcher, _session) = (null, null, null);
        gauge?.Dispose();

        // The batcher waits for a batch still running on the session; wait off the grain scheduler, then free it.
        if (batcher is not null)
        {
            await Task.Run(batcher.Dispose, CancellationToken.None);
        }

        session?.Dispose();
    }

    public async Task<InferenceResult> InferAsync(InferenceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var batcher = _batcher ?? throw new InvalidOperationException("The model grain is not active.");
        var session = _session!;
        var features = session.Descriptor.FeatureCount;
        var classes = session.ClassCount;
        if (request.Rows <= 0 || request.Features.Length != request.Rows * features
            || request.Segments.Length == 0 || request.Segments.Any(s => s.Rows <= 0) || request.Segments.Sum(s => s.Rows) != request.Rows)
        {
            throw new ArgumentException(
                $"Model {session.Descriptor.Key} expects rows of {features} features; got {request.Features.Length} values for {request.Rows} rows in segments of {string.Join("+", request.Segments.Select(s => s.Rows))}.",
                nameof(request));
        }

        // Each segment (one client request) queues on its own, with its own tenant and deadline; all write into one result.
        var probabilities = new float[request.Rows * classes];
        var pending = new Task[request.Segments.Length];
        var row = 0;
        for (var i = 0; i < pending.Length; i++)
        {
            var segment = request.Segments[i];
            pending[i] = batcher.SubmitAsync(
                segment.Tenant,
                request.Features.AsMemory(row * features, segment.Rows * features),
                probabilities.AsMemory(row * classes, segment.Rows * classes),
                segment.Rows,
                segment.Deadline,
                cancellationToken);
            row += segment.Rows;
        }

        // Every segment is awaited: one refused or failed segment must not fail (or orphan) the others coalesced with it.
        InferenceRejection?[]? errors = null;
        for (var i = 0; i < pending.Length; i++)
        {
            try
            {
                await pending[i];
            }
            catch (InferenceRejectedException ex) when (pending.Length > 1)
            {
                (errors ??= new InferenceRejection?[pending.Length])[i] = ex.ToRejection();
            }
            catch (Exception ex) when (pending.Length > 1 && ex is not InferenceRejectedException)
            {
                (errors ??= new InferenceRejection?[pending.Length])[i] = new InferenceRejection(RejectionReason.Failed, ex.Message);
            }
        }

        return new InferenceResult(probabilities, request.Rows, classes, errors);
    }

    public Task<ModelRuntimeInfo> GetRuntimeInfoAsync()
    {
        var session = _session ?? throw new InvalidOperationException("The model grain is not active.");
        return Task.FromResult(new ModelRuntimeInfo(
            this.GetPrimaryKeyString(), session.Provider, session.Descriptor.FeatureCount, session.ClassCount, RuntimeIdentity));
    }
}
