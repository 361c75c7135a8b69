namespace OrleansClassifier.Bench.Reporting;

/// <summary>Everything a run measured: the JSON file is this record.</summary>
internal sealed record BenchReport
{
    public string Tool { get; init; } = "orleans-classifier-bench";

    public required string Command { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public DateTimeOffset FinishedUtc { get; set; }

    public required string Preset { get; init; }

    public required object Settings { get; init; }

    public MachineInfo Machine { get; set; } = null!;

    public List<CeilingResult> Ceilings { get; } = [];

    public List<LevelResult> Levels { get; } = [];

    public List<RatioResult> Ratios { get; } = [];

    /// <summary>What each server says about itself (the hook for the service's own figures).</summary>
    public Dictionary<string, ServerFigures> ServerFigures { get; } = new(StringComparer.Ordinal);

    public List<string> Notes { get; } = [];
}

/// <summary>
/// A server's own figures. The API exposes model information only, so far; when the service publishes batch
/// sizes, queue delays and the like (issue 4), <see cref="Metrics"/> is where they go.
/// </summary>
internal sealed record ServerFigures(string Address, IReadOnlyList<string> Models, IReadOnlyDictionary<string, double>? Metrics);
