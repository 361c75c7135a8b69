using System.Globalization;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>The <c>fixed</c> policy: the threshold is given and never adapts.</summary>
public sealed class FixedPolicy : IThresholdPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults (t = 0.5).</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public FixedPolicy(FixedPolicyOptions? options = null)
    {
        options ??= new FixedPolicyOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        DefaultThreshold = options.Threshold;
    }

    /// <inheritdoc />
    public string Name => PolicyNames.Fixed;

    /// <inheritdoc />
    public ThresholdPolicyInputs Inputs => ThresholdPolicyInputs.None;

    /// <inheritdoc />
    public double DefaultThreshold { get; }

    /// <inheritdoc />
    public ThresholdProposal Propose(ThresholdStatistics statistics) =>
        ThresholdProposal.To(DefaultThreshold, string.Create(CultureInfo.InvariantCulture, $"fixed: t={DefaultThreshold:0.####}"));
}
