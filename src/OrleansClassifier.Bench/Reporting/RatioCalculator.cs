using System.Globalization;

namespace OrleansClassifier.Bench.Reporting;

/// <summary>
/// The headline figures of issue 4, from one run's results: heavy model throughput against the in-process
/// ceiling (goal ≥ 0.8), tiny model against the unbatched service (goal ≥ 3), low-load p50 against the
/// unbatched service's (goal: at most 1 ms more), plus the transport ratio for context.
/// </summary>
internal static class RatioCalculator
{
    public static IEnumerable<RatioResult> Compute(BenchReport report)
    {
        var models = report.Levels.Select(l => l.Model).Concat(report.Ceilings.Select(c => c.Model)).Distinct(StringComparer.Ordinal);
        foreach (var model in models)
        {
            var service = BestClosed(report, BenchDefaults.ServiceTarget, model);
            var unbatched = BestClosed(report, BenchDefaults.UnbatchedTarget, model);
            var transport = BestClosed(report, BenchDefaults.TransportTarget, model);
            var ceiling = report.Ceilings.FirstOrDefault(c => c.Model == model);

            if (service is not null && ceiling is not null)
            {
                var value = service.RowsPerSecond / ceiling.BestRowsPerSecond;
                var goal = model == BenchDefaults.HeavyModel ? 0.8 : (double?)null;
                yield return new RatioResult(
                    "service ÷ in-process ceiling (rows/s)", model, value, "×", goal is null ? null : "≥ 0.8", goal is null ? null : value >= goal,
                    Detail($"service {service.RowsPerSecond:0} rows/s at {service.Level}; ceiling {ceiling.BestRowsPerSecond:0} rows/s at batch {ceiling.BestBatchSize} ({ceiling.Provider})"));
            }

            if (service is not null && unbatched is not null)
            {
                var value = service.RowsPerSecond / unbatched.RowsPerSecond;
                var goal = model == BenchDefaults.TinyModel ? 3.0 : (double?)null;
                yield return new RatioResult(
                    "service ÷ unbatched service (rows/s)", model, value, "×", goal is null ? null : "≥ 3", goal is null ? null : value >= goal,
                    Detail($"service {service.RowsPerSecond:0} rows/s at {service.Level}; unbatched {unbatched.RowsPerSecond:0} rows/s at {unbatched.Level}"));
            }

            var serviceLow = LowLoad(report, BenchDefaults.ServiceTarget, model);
            var unbatchedLow = LowLoad(report, BenchDefaults.UnbatchedTarget, model);
            if (serviceLow is not null && unbatchedLow is not null)
            {
                var value = serviceLow.Latency.P50Ms - unbatchedLow.Latency.P50Ms;
                yield return new RatioResult(
                    "service p50 − unbatched p50 at low load", model, value, "ms", "≤ +1 ms", value <= 1.0,
                    Detail($"{serviceLow.Level}: service p50 {serviceLow.Latency.P50Ms:0.000} ms, unbatched p50 {unbatchedLow.Latency.P50Ms:0.000} ms"));
            }

            if (service is not null && transport is not null)
            {
                yield return new RatioResult(
                    "service ÷ transport ceiling (rows/s)", model, service.RowsPerSecond / transport.RowsPerSecond, "×", null, null,
                    Detail($"transport {transport.RowsPerSecond:0} rows/s at {transport.Level}"));
            }
        }
    }

    /// <summary>The closed-loop level with the most rows per second.</summary>
    public static LevelResult? BestClosed(BenchReport report, string target, string model) =>
        report.Levels.Where(l => l.Target == target && l.Model == model && l.Mode == "closed" && l.Requests > 0).MaxBy(l => l.RowsPerSecond);

    /// <summary>The closed-loop level with the fewest requests in flight (1x1 in the presets).</summary>
    public static LevelResult? LowLoad(BenchReport report, string target, string model) =>
        report.Levels.Where(l => l.Target == target && l.Model == model && l.Mode == "closed" && l.Requests > 0)
            .MinBy(l => l.Streams * l.InFlightPerStream);

    private static string Detail(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
