using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>Options of the <c>fixed</c> policy.</summary>
public sealed class FixedPolicyOptions
{
    /// <summary>The threshold. The default value is 0.5.</summary>
    public double Threshold { get; set; } = 0.5;

    /// <summary>Checks the options; each error names its field, for example <c>fixed.threshold</c>.</summary>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        OptionChecks.ClosedUnit(errors, "fixed.threshold", Threshold);
        return errors;
    }
}
