using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>Options of the <c>imbalance_midpoint</c> policy.</summary>
public sealed class ImbalanceMidpointPolicyOptions
{
    /// <summary>The positive rate π of the model's training data, from the model's config. The default value is 0.5.</summary>
    public double TrainingPositiveRate { get; set; } = 0.5;

    /// <summary>
    /// The running rate r is clamped into [ε, 1 − ε] before use, so r = 0 or r = 1 gives a threshold just
    /// inside (0, 1) rather than at its ends. The default value is 1e-6.
    /// </summary>
    public double RateEpsilon { get; set; } = 1e-6;

    /// <summary>Checks the options; each error names its field, for example <c>imbalance_midpoint.training_positive_rate</c>.</summary>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        OptionChecks.OpenUnit(errors, "imbalance_midpoint.training_positive_rate", TrainingPositiveRate);
        if (!(RateEpsilon > 0 && RateEpsilon < 0.5))
        {
            errors.Add("imbalance_midpoint.rate_epsilon must be in (0, 0.5)");
        }

        return errors;
    }
}
