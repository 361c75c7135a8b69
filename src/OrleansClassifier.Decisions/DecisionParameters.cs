namespace OrleansClassifier.Decisions;

/// <summary>
/// The parameters a front-end decides with for one tenant and model: the threshold of binary models,
/// the policy that chose it and the version of that choice.
/// </summary>
/// <param name="Threshold">The positive-class threshold: label 1 when p &gt; threshold.</param>
/// <param name="Policy">The name of the policy that set the threshold (for example <c>fixed</c>).</param>
/// <param name="Version">The version of these parameters; 0 is the service default.</param>
public readonly record struct DecisionParameters(float Threshold, string Policy, long Version)
{
    /// <summary>The service default: a fixed threshold of 0.5, version 0.</summary>
    public static DecisionParameters Default { get; } = new(0.5f, "fixed", 0);
}
