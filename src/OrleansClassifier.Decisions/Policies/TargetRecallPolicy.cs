using System.Globalization;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// The <c>target_recall</c> policy: the largest bin edge t = j/n whose recall TP/P on the recent labelled
/// outcomes reaches the target, which flags the fewest instances (the best precision a recall-meeting
/// threshold allows, in the usual case). Without positive outcomes the current threshold is kept.
/// </summary>
public sealed class TargetRecallPolicy : IThresholdPolicy
{
    private readonly double target;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults (recall 0.9).</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public TargetRecallPolicy(TargetRecallPolicyOptions? options = null)
    {
        options ??= new TargetRecallPolicyOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        target = options.Recall;
        DefaultThreshold = options.DefaultThreshold;
    }

    /// <inheritdoc />
    public string Name => PolicyNames.TargetRecall;

    /// <inheritdoc />
    public ThresholdPolicyInputs Inputs => ThresholdPolicyInputs.LabelledScores;

    /// <inheritdoc />
    public double DefaultThreshold { get; }

    /// <inheritdoc />
    public ThresholdProposal Propose(ThresholdStatistics statistics)
    {
        if (statistics.Outcomes is null)
        {
            return ThresholdProposal.Keep("target_recall: no labelled outcomes yet");
        }

        var sweep = OutcomeSweep.Of(statistics.Outcomes);
        if (!(sweep.Positives > 0))
        {
            return ThresholdProposal.Keep("target_recall: no positive outcomes, recall is undefined");
        }

        // Recall falls as j rises and is 1 at j = 0, so the scan from the top always ends.
        var j = sweep.BinCount;
        while (!OutcomeSweep.AtLeast(sweep.TruePositives[j], target, sweep.Positives))
        {
            j--;
        }

        var flagged = sweep.TruePositives[j] + sweep.FalsePositives[j];
        var precision = sweep.TruePositives[j] / flagged;
        var t = sweep.Threshold(j);
        return ThresholdProposal.To(t, string.Create(
            CultureInfo.InvariantCulture,
            $"target_recall: recall={sweep.TruePositives[j] / sweep.Positives:0.####} >= {target:0.####}, precision={precision:0.####}, t={t:0.####}"));
    }
}
