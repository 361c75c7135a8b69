using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>Options of the <c>max_f_beta</c> policy.</summary>
public sealed class MaxFBetaPolicyOptions
{
    /// <summary>β: recall counts β times as much as precision. The default value is 1 (F1).</summary>
    public double Beta { get; set; } = 1;

    /// <summary>The threshold before there are enough outcomes. The default value is 0.5.</summary>
    public double DefaultThreshold { get; set; } = 0.5;

    /// <summary>Checks the options; each error names its field, for example <c>max_f_beta.beta</c>.</summary>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        OptionChecks.Positive(errors, "max_f_beta.beta", Beta);
        LabelledPolicyChecks.DefaultThreshold(errors, "max_f_beta", DefaultThreshold);
        return errors;
    }
}
