using OrleansClassifier.Bench.Load;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Cli;

/// <summary>Everything a benchmark run needs, parsed and validated from the command line.</summary>
internal sealed record BenchSettings
{
    public required string Preset { get; init; }

    /// <summary>Models to load; <see cref="ModelsGiven"/> says whether the user named them (then each must exist).</summary>
    public required IReadOnlyList<string> Models { get; init; }

    public bool ModelsGiven { get; init; }

    /// <summary>What to measure: <c>service</c>, <c>unbatched</c>, <c>transport</c>, <c>compute</c>.</summary>
    public required IReadOnlyList<string> Targets { get; init; }

    public required IReadOnlyList<LoadLevel> ClosedLevels { get; init; }

    /// <summary>Open-loop rates as fractions of the same target's best closed-loop request rate.</summary>
    public required IReadOnlyList<double> OpenFractions { get; init; }

    /// <summary>Open-loop rates in requests per second; when given, they replace <see cref="OpenFractions"/>.</summary>
    public IReadOnlyList<double> OpenRates { get; init; } = [];

    public int OpenStreams { get; init; } = 4;

    public ArrivalKind Arrivals { get; init; } = ArrivalKind.Poisson;

    public required LoadTiming Timing { get; init; }

    public int Repeats { get; init; } = 1;

    public int InstancesPerRequest { get; init; } = 1;

    public int Tenants { get; init; } = 2;

    public bool ReturnProbabilities { get; init; }

    public required IReadOnlyList<int> BatchSizes { get; init; }

    public TimeSpan CeilingTimePerBatch { get; init; } = TimeSpan.FromSeconds(1);

    public int Seed { get; init; } = 42;

    public Uri? Target { get; init; }

    public string? ServerDll { get; init; }

    public ExecutionProvider ExecutionProvider { get; init; } = ExecutionProvider.Auto;

    public required string OutputDirectory { get; init; }

    public IReadOnlyList<string> TenantNames => [.. Enumerable.Range(0, Tenants).Select(i => $"bench-tenant-{i}")];
}
