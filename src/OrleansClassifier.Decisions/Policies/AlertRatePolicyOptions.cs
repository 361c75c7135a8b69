using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>Options of the <c>alert_rate</c> policy.</summary>
public sealed class AlertRatePolicyOptions
{
    /// <summary>The fraction q of recent scores to flag, in [0, 1]. The default value is 0.01.</summary>
    public double Rate { get; set; } = 0.01;

    /// <summary>The threshold before there are enough scores. The default value is 0.5.</summary>
    public double DefaultThreshold { get; set; } = 0.5;

    /// <summary>Checks the options; each error names its field, for example <c>alert_rate.rate</c>.</summary>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        OptionChecks.ClosedUnit(errors, "alert_rate.rate", Rate);
        OptionChecks.ClosedUnit(errors, "alert_rate.default_threshold", DefaultThreshold);
        return errors;
    }
}
