using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>Options of the <c>target_precision</c> policy.</summary>
public sealed class TargetPrecisionPolicyOptions
{
    /// <summary>The precision to reach, in (0, 1]. The default value is 0.9.</summary>
    public double Precision { get; set; } = 0.9;

    /// <summary>The threshold before there are enough outcomes. The default value is 0.5.</summary>
    public double DefaultThreshold { get; set; } = 0.5;

    /// <summary>Checks the options; each error names its field, for example <c>target_precision.precision</c>.</summary>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        OptionChecks.HalfOpenUnit(errors, "target_precision.precision", Precision);
        LabelledPolicyChecks.DefaultThreshold(errors, "target_precision", DefaultThreshold);
        return errors;
    }
}
