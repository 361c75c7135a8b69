using System.Globalization;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// The <c>max_f_beta</c> policy: the threshold maximising F_β = (1+β²)·TP / ((1+β²)·TP + β²·FN + FP) on the
/// recent labelled outcomes, swept over the bin edges j/n. Where several adjacent edges tie, it takes the
/// middle of the first tied run, so a threshold in a gap between the classes sits in the middle of the gap.
/// </summary>
public sealed class MaxFBetaPolicy : IThresholdPolicy
{
    private readonly double beta;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults (F1).</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public MaxFBetaPolicy(MaxFBetaPolicyOptions? options = null)
    {
        options ??= new MaxFBetaPolicyOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        beta = options.Beta;
        DefaultThreshold = options.DefaultThreshold;
    }

    /// <inheritdoc />
    public string Name => PolicyNames.MaxFBeta;

    /// <inheritdoc />
    public ThresholdPolicyInputs Inputs => ThresholdPolicyInputs.LabelledScores;

    /// <inheritdoc />
    public double DefaultThreshold { get; }

    /// <inheritdoc />
    public ThresholdProposal Propose(ThresholdStatistics statistics)
    {
        if (statistics.Outcomes is null)
        {
            return ThresholdProposal.Keep("max_f_beta: no labelled outcomes yet");
        }

        var sweep = OutcomeSweep.Of(statistics.Outcomes);
        if (!(sweep.Positives > 0))
        {
            return ThresholdProposal.Keep("max_f_beta: no positive outcomes, F-beta is 0 at every threshold");
        }

        var b2 = beta * beta;
        var scores = new double[sweep.BinCount + 1];
        var best = 0.0;
        for (var j = 0; j <= sweep.BinCount; j++)
        {
            var tp = sweep.TruePositives[j];
            var denominator = ((1 + b2) * tp) + (b2 * (sweep.Positives - tp)) + sweep.FalsePositives[j];
            scores[j] = denominator > 0 ? (1 + b2) * tp / denominator : 0;
            best = Math.Max(best, scores[j]);
        }

        var first = Array.FindIndex(scores, f => OutcomeSweep.AtLeast(f, 1, best));
        var last = first;
        while (last < sweep.BinCount && OutcomeSweep.AtLeast(scores[last + 1], 1, best))
        {
            last++;
        }

        var t = sweep.Threshold((first + last) / 2.0);
        return ThresholdProposal.To(t, string.Create(
            CultureInfo.InvariantCulture,
            $"max_f_beta: beta={beta:0.####}, F={best:0.####} on [{sweep.Threshold(first):0.####}, {sweep.Threshold(last):0.####}], t={t:0.####}"));
    }
}
