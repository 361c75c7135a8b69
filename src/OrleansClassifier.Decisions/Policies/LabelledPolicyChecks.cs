using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>Shared validation of the label-driven policies' options.</summary>
internal static class LabelledPolicyChecks
{
    public static void DefaultThreshold(List<string> errors, string policy, double value) =>
        OptionChecks.ClosedUnit(errors, $"{policy}.default_threshold", value);
}
