using OrleansClassifier.Bench.Load;

namespace OrleansClassifier.Bench.Reporting;

/// <summary>Latency percentiles in milliseconds.</summary>
internal sealed record LatencySummary(long Count, double P50Ms, double P90Ms, double P99Ms, double P999Ms, double MaxMs, double MeanMs)
{
    public static LatencySummary From(LatencyHistogram histogram) => new(
        histogram.Count,
        Ms(histogram.Percentile(50)),
        Ms(histogram.Percentile(90)),
        Ms(histogram.Percentile(99)),
        Ms(histogram.Percentile(99.9)),
        Ms(histogram.Max),
        histogram.Mean / 1000.0);

    /// <summary>The median of each figure over repeats.</summary>
    public static LatencySummary MedianOf(IReadOnlyList<LatencySummary> repeats) => new(
        (long)Stats.Median(repeats.Select(r => (double)r.Count)),
        Stats.Median(repeats.Select(r => r.P50Ms)),
        Stats.Median(repeats.Select(r => r.P90Ms)),
        Stats.Median(repeats.Select(r => r.P99Ms)),
        Stats.Median(repeats.Select(r => r.P999Ms)),
        Stats.Median(repeats.Select(r => r.MaxMs)),
        Stats.Median(repeats.Select(r => r.MeanMs)));

    private static double Ms(long microseconds) => microseconds / 1000.0;
}
