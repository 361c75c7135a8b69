using System.Globalization;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// The <c>cost</c> policy: the Bayes threshold under misclassification costs, t = c_fp/(c_fp + c_fn);
/// with <see cref="CostPolicyOptions.AdjustForPriorShift"/> the posterior is first moved from π to the running
/// rate r, which gives t = c_fp·(1−r)·π / (c_fp·(1−r)·π + c_fn·r·(1−π)). It targets the expected cost.
/// </summary>
public sealed class CostPolicy : IThresholdPolicy
{
    private readonly double falsePositiveCost;
    private readonly double falseNegativeCost;
    private readonly bool adjust;
    private readonly double trainingRate;
    private readonly double epsilon;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults (equal costs, no shift).</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public CostPolicy(CostPolicyOptions? options = null)
    {
        options ??= new CostPolicyOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        falsePositiveCost = options.FalsePositiveCost;
        falseNegativeCost = options.FalseNegativeCost;
        adjust = options.AdjustForPriorShift;
        trainingRate = options.TrainingPositiveRate;
        epsilon = options.RateEpsilon;
        DefaultThreshold = ThresholdFormulas.Cost(falsePositiveCost, falseNegativeCost);
    }

    /// <inheritdoc />
    public string Name => PolicyNames.Cost;

    /// <inheritdoc />
    public ThresholdPolicyInputs Inputs => adjust ? ThresholdPolicyInputs.PositiveRate : ThresholdPolicyInputs.None;

    /// <inheritdoc />
    /// <remarks>c_fp/(c_fp + c_fn), which is also the shifted threshold at r = π.</remarks>
    public double DefaultThreshold { get; }

    /// <inheritdoc />
    public ThresholdProposal Propose(ThresholdStatistics statistics)
    {
        if (!adjust)
        {
            return ThresholdProposal.To(DefaultThreshold, string.Create(
                CultureInfo.InvariantCulture,
                $"cost: c_fp={falsePositiveCost:0.####}, c_fn={falseNegativeCost:0.####}, t=c_fp/(c_fp+c_fn)={DefaultThreshold:0.####}"));
        }

        if (statistics.Rate is not { } rate)
        {
            return ThresholdProposal.Keep("cost: no positive rate yet");
        }

        var t = ThresholdFormulas.CostUnderShift(falsePositiveCost, falseNegativeCost, trainingRate, rate.Rate, epsilon);
        return ThresholdProposal.To(t, string.Create(
            CultureInfo.InvariantCulture,
            $"cost: c_fp={falsePositiveCost:0.####}, c_fn={falseNegativeCost:0.####}, r={rate.Rate:0.####} ({rate.Source}), pi={trainingRate:0.####}, t={t:0.####}"));
    }
}
