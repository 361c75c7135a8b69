using System.Globalization;

namespace OrleansClassifier.Bench.Reporting;

/// <summary>The tables of a report, shared by the terminal and the Markdown summary.</summary>
internal static class ReportTables
{
    public static TextTable Levels(IEnumerable<LevelResult> levels)
    {
        var table = new TextTable("model", "target", "mode", "level", "req/s", "rows/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "errors");
        foreach (var i in new[] { 4, 5, 6, 7, 8, 9, 10 })
        {
            table.RightAligned.Add(i);
        }

        foreach (var l in levels)
        {
            table.Add(
                l.Model, l.Target, l.Mode, l.Level, N(l.RequestsPerSecond, "0"), N(l.RowsPerSecond, "0"),
                N(l.Latency.P50Ms, "0.00"), N(l.Latency.P90Ms, "0.00"), N(l.Latency.P99Ms, "0.00"), N(l.Latency.P999Ms, "0.00"),
                l.ErrorCount == 0 ? "0" : string.Join(" ", l.Errors.Select(e => $"{e.Key}:{e.Value.ToString(CultureInfo.InvariantCulture)}")));
        }

        return table;
    }

    public static TextTable Ceilings(IEnumerable<CeilingResult> ceilings)
    {
        var table = new TextTable("model", "provider", "best batch", "best rows/s", "sweep (batch: rows/s)");
        table.RightAligned.Add(2);
        table.RightAligned.Add(3);
        foreach (var c in ceilings)
        {
            table.Add(
                c.Model, c.Provider, c.BestBatchSize.ToString(CultureInfo.InvariantCulture), N(c.BestRowsPerSecond, "0"),
                string.Join(", ", c.Sweep.Select(p => $"{p.BatchSize.ToString(CultureInfo.InvariantCulture)}: {N(p.RowsPerSecond, "0")}")));
        }

        return table;
    }

    public static TextTable Ratios(IEnumerable<RatioResult> ratios)
    {
        var table = new TextTable("figure", "model", "value", "goal", "met", "from");
        table.RightAligned.Add(2);
        foreach (var r in ratios)
        {
            var value = r.Value is { } v ? (r.Unit == "ms" ? N(v, "+0.000;-0.000") + " ms" : N(v, "0.00") + r.Unit) : "n/a";
            table.Add(r.Name, r.Model, value, r.Goal ?? "-", r.Met switch { true => "yes", false => "NO", null => "-" }, r.Detail);
        }

        return table;
    }

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
