using OrleansClassifier.Bench.Load;

namespace OrleansClassifier.Bench.Reporting;

/// <summary>The figures of one load level against one target and model (medians when repeated).</summary>
internal sealed record LevelResult
{
    public required string Target { get; init; }

    public required string Model { get; init; }

    /// <summary><c>closed</c> or <c>open</c>.</summary>
    public required string Mode { get; init; }

    public required string Level { get; init; }

    public int Streams { get; init; }

    /// <summary>Requests in flight per stream (closed loop).</summary>
    public int InFlightPerStream { get; init; }

    /// <summary>The offered request rate (open loop).</summary>
    public double? OfferedRequestsPerSecond { get; init; }

    public string? Arrivals { get; init; }

    public int InstancesPerRequest { get; init; }

    public double MeasuredSeconds { get; init; }

    /// <summary>Successful requests completed inside the measurement window.</summary>
    public long Requests { get; init; }

    public double RequestsPerSecond { get; init; }

    public double RowsPerSecond { get; init; }

    /// <summary>Latency from the intended send time (open loop) or the send (closed loop).</summary>
    public required LatencySummary Latency { get; init; }

    /// <summary>How late requests left against their intended times (open loop): the generator's own lateness plus push-back.</summary>
    public LatencySummary? SendLag { get; init; }

    public required IReadOnlyDictionary<string, long> Errors { get; init; }

    public long ErrorCount { get; init; }

    public int Repeats { get; init; } = 1;

    /// <summary>Rows per second of each repeat, in order.</summary>
    public IReadOnlyList<double> RepeatRowsPerSecond { get; init; } = [];

    public static LevelResult From(string target, string model, LoadLevel level, int instances, LoadStats stats, double seconds) => new()
    {
        Target = target,
        Model = model,
        Mode = level.Mode,
        Level = level.Label,
        Streams = level.Streams,
        InFlightPerStream = level.InFlight,
        OfferedRequestsPerSecond = level.Open ? level.Rate : null,
        Arrivals = level.Open ? level.Arrivals.ToString().ToLowerInvariant() : null,
        InstancesPerRequest = instances,
        MeasuredSeconds = seconds,
        Requests = stats.CompletedInWindow,
        RequestsPerSecond = stats.CompletedInWindow / seconds,
        RowsPerSecond = stats.RowsInWindow / seconds,
        Latency = LatencySummary.From(stats.Latency),
        SendLag = level.Open ? LatencySummary.From(stats.SendLag) : null,
        Errors = new SortedDictionary<string, long>(stats.Errors, StringComparer.Ordinal),
        ErrorCount = stats.ErrorCount,
        RepeatRowsPerSecond = [stats.RowsInWindow / seconds],
    };

    /// <summary>Each figure as its median over the repeats; errors summed.</summary>
    public static LevelResult MedianOf(IReadOnlyList<LevelResult> repeats)
    {
        ArgumentOutOfRangeException.ThrowIfZero(repeats.Count);
        if (repeats.Count == 1)
        {
            return repeats[0];
        }

        var errors = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (code, count) in repeats.SelectMany(r => r.Errors))
        {
            errors[code] = errors.GetValueOrDefault(code) + count;
        }

        var lags = repeats.Select(r => r.SendLag).OfType<LatencySummary>().ToArray();
        return repeats[0] with
        {
            MeasuredSeconds = repeats.Sum(r => r.MeasuredSeconds),
            Requests = repeats.Sum(r => r.Requests),
            RequestsPerSecond = Stats.Median(repeats.Select(r => r.RequestsPerSecond)),
            RowsPerSecond = Stats.Median(repeats.Select(r => r.RowsPerSecond)),
            Latency = LatencySummary.MedianOf([.. repeats.Select(r => r.Latency)]),
            SendLag = lags.Length == 0 ? null : LatencySummary.MedianOf(lags),
            Errors = errors,
            ErrorCount = errors.Values.Sum(),
            Repeats = repeats.Count,
            RepeatRowsPerSecond = [.. repeats.SelectMany(r => r.RepeatRowsPerSecond)],
        };
    }
}
