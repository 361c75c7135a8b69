using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>Options of the <c>cost</c> policy.</summary>
public sealed class CostPolicyOptions
{
    /// <summary>The cost c_fp of a false positive. The default value is 1.</summary>
    public double FalsePositiveCost { get; set; } = 1;

    /// <summary>The cost c_fn of a false negative. The default value is 1.</summary>
    public double FalseNegativeCost { get; set; } = 1;

    /// <summary>
    /// Whether to correct for label shift too, using the running rate r:
    /// t = c_fp·(1−r)·π / (c_fp·(1−r)·π + c_fn·r·(1−π)). The default value is <see langword="false"/>
    /// (t = c_fp/(c_fp + c_fn), which needs no statistics).
    /// </summary>
    public bool AdjustForPriorShift { get; set; }

    /// <summary>The positive rate π of the model's training data (prior shift only). The default value is 0.5.</summary>
    public double TrainingPositiveRate { get; set; } = 0.5;

    /// <summary>r is clamped into [ε, 1 − ε] before use (prior shift only). The default value is 1e-6.</summary>
    public double RateEpsilon { get; set; } = 1e-6;

    /// <summary>Checks the options; each error names its field, for example <c>cost.false_positive_cost</c>.</summary>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        OptionChecks.Positive(errors, "cost.false_positive_cost", FalsePositiveCost);
        OptionChecks.Positive(errors, "cost.false_negative_cost", FalseNegativeCost);
        OptionChecks.OpenUnit(errors, "cost.training_positive_rate", TrainingPositiveRate);
        if (!(RateEpsilon > 0 && RateEpsilon < 0.5))
        {
            errors.Add("cost.rate_epsilon must be in (0, 0.5)");
        }

        return errors;
    }
}
