namespace OrleansClassifier.Bench.Reporting;

/// <summary>One headline figure: a ratio (or difference) measured side by side, and the goal it is held to, if any.</summary>
internal sealed record RatioResult(string Name, string Model, double? Value, string Unit, string? Goal, bool? Met, string Detail);
