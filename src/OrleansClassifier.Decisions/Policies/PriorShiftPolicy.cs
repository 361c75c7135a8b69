using System.Globalization;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// The <c>prior_shift</c> policy: the Bayes decision under label shift from the training rate π to the
/// running rate r, k = ((1−r)·π)/((1−π)·r), t = k/(1+k). It targets the error rate under label shift.
/// </summary>
public sealed class PriorShiftPolicy : IThresholdPolicy
{
    private readonly double trainingRate;
    private readonly double epsilon;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults (π = 0.5).</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public PriorShiftPolicy(PriorShiftPolicyOptions? options = null)
    {
        options ??= new PriorShiftPolicyOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        trainingRate = options.TrainingPositiveRate;
        epsilon = options.RateEpsilon;
        DefaultThreshold = ThresholdFormulas.PriorShift(trainingRate, trainingRate, epsilon);
    }

    /// <inheritdoc />
    public string Name => PolicyNames.PriorShift;

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
            return ThresholdProposal.Keep("prior_shift: no positive rate yet");
        }

        var t = ThresholdFormulas.PriorShift(trainingRate, rate.Rate, epsilon);
        return ThresholdProposal.To(t, string.Create(
            CultureInfo.InvariantCulture,
            $"prior_shift: r={rate.Rate:0.####} ({rate.Source}), pi={trainingRate:0.####}, t=k/(1+k)={t:0.####}"));
    }
}
