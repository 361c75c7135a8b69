using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Estimators;

/// <summary>Options of a <see cref="PositiveRateEstimator"/>.</summary>
public sealed class PositiveRateEstimatorOptions
{
    /// <summary>How fast old labels lose weight. The default is a half-life of 1000 labels.</summary>
    public DecayOptions Decay { get; set; } = new();

    /// <summary>The normal quantile z of the Wilson interval. The default value is 1.96 (95 %).</summary>
    public double ConfidenceZ { get; set; } = 1.96;

    /// <summary>Checks the options; each error names its field under <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The dotted path of these options.</param>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate(string prefix)
    {
        var errors = new List<string>();
        OptionChecks.Positive(errors, $"{prefix}.confidence_z", ConfidenceZ);
        errors.AddRange(Decay.Validate($"{prefix}.decay"));
        return errors;
    }
}
