namespace OrleansClassifier.Models;

/// <summary>What <see cref="DemoModels.Generate"/> wrote.</summary>
public sealed class DemoModelReport
{
    /// <summary>The models, in the order they were written.</summary>
    public required IReadOnlyList<DemoModelSummary> Models { get; init; }

    /// <summary>Full paths of the sample files.</summary>
    public required IReadOnlyList<string> SampleFiles { get; init; }
}
