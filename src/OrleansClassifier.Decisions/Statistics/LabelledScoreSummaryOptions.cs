namespace OrleansClassifier.Decisions.Statistics;

/// <summary>Options of a <see cref="LabelledScoreSummary"/>.</summary>
public sealed class LabelledScoreSummaryOptions
{
    /// <summary>The number of score bins per class. The default value is 1000.</summary>
    public int BinCount { get; set; } = ScoreHistogram.DefaultBinCount;

    /// <summary>How fast old outcomes lose weight. The default is a half-life of 1000 outcomes.</summary>
    public DecayOptions Decay { get; set; } = new();

    /// <summary>Checks the options; each error names its field under <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The dotted path of these options.</param>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate(string prefix)
    {
        var errors = new List<string>();
        OptionChecks.Range(errors, $"{prefix}.bin_count", BinCount, 1, ScoreHistogram.MaxBinCount);
        errors.AddRange(Decay.Validate($"{prefix}.decay"));
        return errors;
    }
}
