using System.Globalization;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// The <c>imbalance_midpoint</c> policy, the service default: t = (0.5 + t_prior(π, r))/2, the midpoint
/// between 0.5 and the Bayes threshold under label shift; with π = 0.5 it is exactly 0.75 − r/2, in [0.25, 0.75].
/// It targets the error rate under label shift, damped.
/// </summary>
public sealed class ImbalanceMidpointPolicy : IThresholdPolicy
{
    private readonly double trainingRate;
    private readonly double epsilon;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults (π = 0.5).</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ImbalanceMidpointPolicy(ImbalanceMidpointPolicyOptions? options = null)
    {
        options ??= new ImbalanceMidpointPolicyOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        trainingRate = options.TrainingPositiveRate;
        epsilon = options.RateEpsilon;
        DefaultThreshold = ThresholdFormulas.Midpoint(trainingRate, trainingRate, epsilon);
    }

    /// <inheritdoc />
    public string Name => PolicyNames.ImbalanceMidpoint;

    /// <inheritdoc />
    public ThresholdPolicyInputs Inputs => ThresholdPolicyInputs.PositiveRate;

    /// <inheritdoc />
    /// <remarks>The threshold at r = π, which is 0.5.</remarks>
    public double DefaultThreshold { get; }

    /// <inheritdoc />
    public ThresholdProposal Propose(ThresholdStatistics statistics)
    {
        if (statistics.Rate is not { } rate)
        {
            return ThresholdProposal.Keep("imbalance_midpoint: no positive rate yet");
        }

        var prior = ThresholdFormulas.PriorShift(trainingRate, rate.Rate, epsilon);
        var t = (0.5 + prior) / 2;
        return ThresholdProposal.To(t, string.Create(
            CultureInfo.InvariantCulture,
            $"imbalance_midpoint: r={rate.Rate:0.####} ({rate.Source}), pi={trainingRate:0.####}, t_prior={prior:0.####}, t=(0.5+t_prior)/2={t:0.####}"));
    }
}
