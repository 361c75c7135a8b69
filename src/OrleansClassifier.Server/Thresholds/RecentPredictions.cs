using System.Collections.Concurrent;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>
/// A bounded memory of recent predictions by (tenant, model, instance id), for outcomes that name an instance
/// rather than a prediction id. Two generations: when the young one is full the old one is dropped, so at most
/// twice half the capacity is held and lookups stay O(1).
/// </summary>
internal sealed class RecentPredictions(int capacity)
{
    private readonly int _half = Math.Max(1, capacity / 2);
    private readonly Lock _swap = new();
    private ConcurrentDictionary<(string, string, string), float> _young = new();
    private ConcurrentDictionary<(string, string, string), float> _old = new();
    private int _youngWrites;

    public bool Enabled => capacity > 0;

    public void Remember(string tenant, string model, string instanceId, float score)
    {
        if (capacity <= 0 || instanceId.Length == 0)
        {
            return;
        }

        var young = _young;
        young[(tenant, model, instanceId)] = score;

        // Count writes rather than asking the dictionary: ConcurrentDictionary.Count takes every one of its locks,
        // which on the hot path serialised all predictions. Overwrites count too, so a generation may hold fewer
        // than half the capacity: the bound stays a bound.
        if (Interlocked.Increment(ref _youngWrites) >= _half)
        {
            lock (_swap)
            {
                if (ReferenceEquals(young, _young))
                {
                    _old = _young;
                    _young = new();
                    Volatile.Write(ref _youngWrites, 0);
                }
            }
        }
    }

    public bool TryGet(string tenant, string model, string instanceId, out float score) =>
        _young.TryGetValue((tenant, model, instanceId), out score) || _old.TryGetValue((tenant, model, instanceId), out score);
}
