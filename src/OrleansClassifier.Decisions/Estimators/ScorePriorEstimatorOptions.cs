using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Estimators;

/// <summary>Options of a <see cref="ScorePriorEstimator"/>.</summary>
public sealed class ScorePriorEstimatorOptions
{
    /// <summary>
    /// The positive rate π of the data the model was trained on (its posteriors are calibrated under π);
    /// take it from the model's config. The default value is 0.5.
    /// </summary>
    public double TrainingPositiveRate { get; set; } = 0.5;

    /// <summary>The number of score bins. The default value is 1000.</summary>
    public int BinCount { get; set; } = ScoreHistogram.DefaultBinCount;

    /// <summary>EM stops when an iteration moves the estimate by less than this. The default value is 1e-6.</summary>
    public double Tolerance { get; set; } = 1e-6;

    /// <summary>EM stops after this many iterations at most. The default value is 1000.</summary>
    public int MaxIterations { get; set; } = 1000;

    /// <summary>How fast old scores lose weight. The default is a half-life of 1000 scores.</summary>
    public DecayOptions Decay { get; set; } = new();

    /// <summary>Checks the options; each error names its field under <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The dotted path of these options.</param>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate(string prefix)
    {
        var errors = new List<string>();
        OptionChecks.OpenUnit(errors, $"{prefix}.training_positive_rate", TrainingPositiveRate);
        OptionChecks.Range(errors, $"{prefix}.bin_count", BinCount, 1, ScoreHistogram.MaxBinCount);
        OptionChecks.Positive(errors, $"{prefix}.tolerance", Tolerance);
        OptionChecks.Range(errors, $"{prefix}.max_iterations", MaxIterations, 1, 1_000_000);
        errors.AddRange(Decay.Validate($"{prefix}.decay"));
        return errors;
    }
}
