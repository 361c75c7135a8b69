using System.Globalization;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// The <c>target_precision</c> policy: the smallest bin edge t = j/n whose precision TP/(TP+FP) on the
/// recent labelled outcomes reaches the target. Recall never rises with t, so the smallest such t has
/// the highest recall among those meeting the target. A threshold that flags nothing has no precision
/// and never meets it; when no threshold does, the current one is kept.
/// </summary>
public sealed class TargetPrecisionPolicy : IThresholdPolicy
{
    private readonly double target;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults (precision 0.9).</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public TargetPrecisionPolicy(TargetPrecisionPolicyOptions? options = null)
    {
        options ??= new TargetPrecisionPolicyOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        target = options.Precision;
        DefaultThreshold = options.DefaultThreshold;
    }

    /// <inheritdoc />
    public string Name => PolicyNames.TargetPrecision;

    /// <inheritdoc />
    public ThresholdPolicyInputs Inputs => ThresholdPolicyInputs.LabelledScores;

    /// <inheritdoc />
    public double DefaultThreshold { get; }

    /// <inheritdoc />
    public ThresholdProposal Propose(ThresholdStatistics statistics)
    {
        if (statistics.Outcomes is null)
        {
            return ThresholdProposal.Keep("target_precision: no labelled outcomes yet");
        }

        var sweep = OutcomeSweep.Of(statistics.Outcomes);
        for (var j = 0; j <= sweep.BinCount; j++)
        {
            var tp = sweep.TruePositives[j];
            var flagged = tp + sweep.FalsePositives[j];
            if (flagged > 0 && OutcomeSweep.AtLeast(tp, target, flagged))
            {
                var recall = sweep.Positives > 0 ? tp / sweep.Positives : 0;
                var t = sweep.Threshold(j);
                return ThresholdProposal.To(t, string.Create(
                    CultureInfo.InvariantCulture,
                    $"target_precision: precision={tp / flagged:0.####} >= {target:0.####}, recall={recall:0.####}, t={t:0.####}"));
            }
        }

        return ThresholdProposal.Keep(string.Create(
            CultureInfo.InvariantCulture, $"target_precision: no threshold reaches precision {target:0.####}"));
    }
}
