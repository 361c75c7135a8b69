using OrleansClassifier.Bench.Load;

namespace OrleansClassifier.Bench.Cli;

/// <summary>
/// Presets: <c>default</c> reproduces BENCHMARKS.md (three models, three targets, the compute ceiling: about
/// five minutes on a 2-core machine); <c>quick</c> is a smoke run of well under a minute.
/// </summary>
internal sealed record BenchPreset(
    string Name,
    IReadOnlyList<string> Models,
    IReadOnlyList<LoadLevel> ClosedLevels,
    IReadOnlyList<double> OpenFractions,
    LoadTiming Timing,
    IReadOnlyList<int> BatchSizes,
    TimeSpan CeilingTimePerBatch)
{
    public static readonly BenchPreset Default = new(
        "default",
        [BenchDefaults.TinyModel, BenchDefaults.SmallModel, BenchDefaults.HeavyModel],
        [LoadLevel.Closed(1, 1), LoadLevel.Closed(1, 8), LoadLevel.Closed(4, 16)],
        [0.5, 0.9],
        new LoadTiming(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2)),
        [1, 8, 32, 128, 512],
        TimeSpan.FromSeconds(1));

    public static readonly BenchPreset Quick = new(
        "quick",
        [BenchDefaults.TinyModel],
        [LoadLevel.Closed(1, 1), LoadLevel.Closed(2, 8)],
        [0.5],
        new LoadTiming(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
        [1, 32],
        TimeSpan.FromMilliseconds(300));

    public static BenchPreset? Find(string name) =>
        name.Equals(Default.Name, StringComparison.OrdinalIgnoreCase) ? Default
        : name.Equals(Quick.Name, StringComparison.OrdinalIgnoreCase) ? Quick
        : null;
}
