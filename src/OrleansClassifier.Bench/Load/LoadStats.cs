namespace OrleansClassifier.Bench.Load;

/// <summary>
/// What one stream (or, merged, one run) measured. Latency counts from each request's intended send time;
/// throughput counts completions inside the measurement window.
/// </summary>
internal sealed class LoadStats
{
    /// <summary>Latency of the successful requests that count (microseconds).</summary>
    public LatencyHistogram Latency { get; } = new();

    /// <summary>How late each counted request left against its intended send time (microseconds; open loop).</summary>
    public LatencyHistogram SendLag { get; } = new();

    /// <summary>Successful requests completed inside the measurement window.</summary>
    public long CompletedInWindow { get; private set; }

    /// <summary>Rows (instances) of <see cref="CompletedInWindow"/>.</summary>
    public long RowsInWindow { get; private set; }

    /// <summary>Requests sent during the run, warm-up included.</summary>
    public long Sent { get; private set; }

    /// <summary>Failed requests that count, by status code name (stream error results and call failures).</summary>
    public SortedDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public long ErrorCount => Errors.Values.Sum();

    public void OnSent() => Sent++;

    public void OnCompletedInWindow(int rows)
    {
        CompletedInWindow++;
        RowsInWindow += rows;
    }

    public void OnError(string code) => Errors[code] = Errors.GetValueOrDefault(code) + 1;

    public void Merge(LoadStats other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Latency.Merge(other.Latency);
        SendLag.Merge(other.SendLag);
        CompletedInWindow += other.CompletedInWindow;
        RowsInWindow += other.RowsInWindow;
        Sent += other.Sent;
        foreach (var (code, count) in other.Errors)
        {
            Errors[code] = Errors.GetValueOrDefault(code) + count;
        }
    }
}
