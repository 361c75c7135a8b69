using System.Collections.Concurrent;
using OrleansClassifier.Abstractions.Thresholds;
using OrleansClassifier.Decisions;
using OrleansClassifier.Inference;
using OrleansClassifier.Server.Grpc;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>
/// The front-end silo's copy of every tenant's decision parameters it serves. Decisions read it with no grain
/// call; the first use of a (tenant, model) subscribes this silo's observer to its threshold grain, which then
/// pushes each new version here. Subscriptions are renewed with every flush and on a timer, as the grain
/// forgets observers it has not heard from.
/// </summary>
internal sealed class ThresholdParametersCache(IGrainFactory grains, ModelCatalog catalog, ILogger<ThresholdParametersCache> logger)
    : IDecisionParametersSource, IThresholdObserver
{
    private readonly ConcurrentDictionary<ThresholdKey, Entry> _entries = new();
    private readonly Lock _referenceLock = new();
    private IThresholdObserver? _reference;

    /// <summary>Raised after a newer version of a tenant's parameters arrived.</summary>
    public event Action<ThresholdUpdate>? Changed;

    /// <summary>This silo's observer reference, created once.</summary>
    public IThresholdObserver Reference
    {
        get
        {
            lock (_referenceLock)
            {
                return _reference ??= grains.CreateObjectReference<IThresholdObserver>(this);
            }
        }
    }

    /// <summary>How long a tenant's first request on this silo waits for its parameters before deciding with the defaults.</summary>
    internal static TimeSpan FirstLookupWait { get; } = TimeSpan.FromSeconds(2);

    public DecisionParameters Get(string tenant, ModelDescriptor model) => Lookup(tenant, model.Name).Parameters;

    public ValueTask WhenReadyAsync(string tenant, ModelDescriptor model)
    {
        Lookup(tenant, model.Name);
        var ready = _entries[new ThresholdKey(tenant, model.Name)].Ready;
        return ready.IsCompleted ? ValueTask.CompletedTask : new ValueTask(WaitBriefly(ready));
    }

    private static async Task WaitBriefly(Task ready)
    {
        try
        {
            await ready.WaitAsync(FirstLookupWait);
        }
        catch (TimeoutException)
        {
            // The threshold grain is slow or away: decide with what is held (the policy default) rather than fail.
        }
    }

    public Decision Decide(string tenant, ModelDescriptor model, ClassificationTask task, ReadOnlySpan<float> probabilities, in DecisionParameters parameters)
    {
        if (task == ClassificationTask.Multiclass
            && _entries.TryGetValue(new ThresholdKey(tenant, model.Name), out var entry)
            && entry.Current.Reweighting is { } reweighting
            && reweighting.ClassCount == probabilities.Length)
        {
            return reweighting.Decide(probabilities);
        }

        return DecisionRules.Decide(task, probabilities, parameters);
    }

    /// <summary>The parameters held for a tenant and model, subscribing on first use.</summary>
    public CachedThreshold Lookup(string tenant, string model)
    {
        var key = new ThresholdKey(tenant, model);
        if (_entries.TryGetValue(key, out var entry))
        {
            return entry.Current;
        }

        entry = new Entry();
        if (_entries.TryAdd(key, entry))
        {
            _ = SubscribeQuietlyAsync(key);
        }

        return _entries[key].Current;
    }

    /// <summary>Subscribes (or renews) and waits for the grain's answer.</summary>
    public async Task<ThresholdUpdate> SubscribeAsync(string tenant, string model)
    {
        var key = new ThresholdKey(tenant, model);
        _entries.TryAdd(key, new Entry());
        var update = await grains.GetGrain<ITenantThresholdGrain>(ThresholdGrainKey.Format(tenant, model))
            .SubscribeAsync(Reference, TrainingPositiveRate(model));
        Apply(update);
        return update;
    }

    /// <summary>Renews every subscription this silo holds.</summary>
    public async Task ResubscribeAllAsync()
    {
        foreach (var key in _entries.Keys)
        {
            await SubscribeQuietlyAsync(key);
        }
    }

    /// <summary>The model's training positive rate π from its config (0.5 when it has none).</summary>
    public double TrainingPositiveRate(string model) =>
        catalog.TryGetModel(model, out var entry) && entry.DefaultVersion?.Config?.TrainingPositiveRate is { } pi ? pi : 0.5;

    /// <summary>Takes <paramref name="update"/> when it is newer than what is held.</summary>
    public void Apply(ThresholdUpdate update)
    {
        var entry = _entries.GetOrAdd(new ThresholdKey(update.Tenant, update.Model), _ => new Entry());
        var next = CachedThreshold.From(update);
        while (true)
        {
            var current = entry.Current;
            if (current.Parameters.Version >= update.Version && current.Update is not null)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref entry.Current, next, current) == current)
            {
                break;
            }
        }

        entry.MarkReady();
        Changed?.Invoke(update);
    }

    public Task OnThresholdChangedAsync(ThresholdUpdate update)
    {
        Apply(update);
        return Task.CompletedTask;
    }

    private async Task SubscribeQuietlyAsync(ThresholdKey key)
    {
        try
        {
            await SubscribeAsync(key.Tenant, key.Model);
        }
        catch (Exception ex)
        {
            // The next renewal retries; until then the parameters held (or the service default) decide.
            ThresholdFrontEndLog.SubscribeFailed(logger, key.Tenant, key.Model, ex);
        }
        finally
        {
            // Whatever happened, first requests stop waiting for it.
            if (_entries.TryGetValue(key, out var entry))
            {
                entry.MarkReady();
            }
        }
    }

    private sealed class Entry
    {
        private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CachedThreshold Current = CachedThreshold.Unsubscribed;

        /// <summary>Completes once parameters arrived (or subscribing gave up).</summary>
        public Task Ready => _ready.Task;

        public void MarkReady() => _ready.TrySetResult();
    }
}
