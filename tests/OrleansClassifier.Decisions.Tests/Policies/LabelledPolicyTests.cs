using OrleansClassifier.Decisions.Policies;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Tests.Policies;

public class LabelledPolicyTests
{
    private static LabelledScoreSummary Summary(params (double Score, bool Positive)[] outcomes)
    {
        var summary = new LabelledScoreSummary(new LabelledScoreSummaryOptions
        {
            BinCount = 10,
            Decay = new DecayOptions { HalfLifeObservations = 1e15 },
        });
        foreach (var (score, positive) in outcomes)
        {
            summary.Observe(score, positive);
        }

        return summary;
    }

    // Ten bins. Negatives: 4 at 0.15 (bin 1), 2 at 0.45 (bin 4). Positives: 1 at 0.45 (bin 4), 3 at 0.75 (bin 7).
    // t = j/10 flags bins >= j:  j 0-1: TP 4, FP 6;  j 2-4: TP 4, FP 2;  j 5-7: TP 3, FP 0;  j 8-10: TP 0, FP 0.
    private static ThresholdStatistics Overlapping() => new(null, Summary(
        (0.15, false), (0.15, false), (0.15, false), (0.15, false), (0.45, false), (0.45, false),
        (0.45, true), (0.75, true), (0.75, true), (0.75, true)), null);

    private static double Propose(IThresholdPolicy policy, ThresholdStatistics statistics) =>
        policy.Propose(statistics).Threshold!.Value;

    [Fact]
    public void MaxF1_Overlapping_PicksMiddleOfBestRun()
    {
        // F1 = 2TP/(2TP + FN + FP): j 0-1: 8/14 = 0.571; j 2-4: 8/10 = 0.8; j 5-7: 6/7 = 0.857; j 8-10: 0.
        // best run j = 5..7 -> t = 6/10
        Assert.Equal(0.6, Propose(new MaxFBetaPolicy(), Overlapping()), 12);
    }

    [Fact]
    public void MaxF2_Overlapping_FavoursRecall()
    {
        // F2 = 5TP/(5TP + 4FN + FP): j 2-4: 20/22 = 0.909; j 5-7: 15/19 = 0.789; j 0-1: 20/26 = 0.769.
        // best run j = 2..4 -> t = 3/10
        Assert.Equal(0.3, Propose(new MaxFBetaPolicy(new MaxFBetaPolicyOptions { Beta = 2 }), Overlapping()), 12);
    }

    [Fact]
    public void MaxF1_SeparatedExtremeScores_MiddleOfGap()
    {
        // negative at 0 (bin 0), positive at 1 (bin 9): F = 1 for j = 1..9 -> t = 5/10
        var statistics = new ThresholdStatistics(null, Summary((0.0, false), (1.0, true)), null);
        Assert.Equal(0.5, Propose(new MaxFBetaPolicy(), statistics), 12);
    }

    [Fact]
    public void MaxF1_OnlyPositives_FlagsAllOfThem()
    {
        // positives at 0.75 (bin 7) only: F = 1 for j = 0..7 -> t = 3.5/10
        var statistics = new ThresholdStatistics(null, Summary((0.75, true), (0.75, true)), null);
        Assert.Equal(0.35, Propose(new MaxFBetaPolicy(), statistics), 12);
    }

    [Fact]
    public void LabelPolicies_OnlyNegatives_Keep()
    {
        var statistics = new ThresholdStatistics(null, Summary((0.3, false), (0.9, false)), null);
        Assert.Null(new MaxFBetaPolicy().Propose(statistics).Threshold);
        Assert.Null(new TargetRecallPolicy().Propose(statistics).Threshold);
        Assert.Null(new TargetPrecisionPolicy().Propose(statistics).Threshold); // precision 0 everywhere
    }

    [Fact]
    public void LabelPolicies_NoOutcomes_Keep()
    {
        Assert.Null(new MaxFBetaPolicy().Propose(ThresholdStatistics.Empty).Threshold);
        Assert.Null(new TargetPrecisionPolicy().Propose(ThresholdStatistics.Empty).Threshold);
        Assert.Null(new TargetRecallPolicy().Propose(ThresholdStatistics.Empty).Threshold);
    }

    [Theory]
    [InlineData(0.4, 0.0)]  // j = 0: precision 4/10 = 0.4
    [InlineData(0.6, 0.2)]  // j 0-1: 0.4; j = 2: 4/6 = 0.667
    [InlineData(0.8, 0.5)]  // j 2-4: 0.667; j = 5: 3/3 = 1
    [InlineData(1.0, 0.5)]  // smallest j with precision 1
    public void TargetPrecision_Overlapping_SmallestThresholdMeetingTarget(double target, double expected)
    {
        var policy = new TargetPrecisionPolicy(new TargetPrecisionPolicyOptions { Precision = target });
        Assert.Equal(expected, Propose(policy, Overlapping()), 12);
    }

    [Fact]
    public void TargetPrecision_Unreachable_Keeps()
    {
        // one positive and one negative in the same bin: the best precision is 1/2
        var statistics = new ThresholdStatistics(null, Summary((0.95, true), (0.95, false)), null);
        var proposal = new TargetPrecisionPolicy().Propose(statistics);
        Assert.Null(proposal.Threshold);
        Assert.Contains("no threshold reaches precision 0.9", proposal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, 0.4)]   // TP = 4 needs j <= 4
    [InlineData(0.75, 0.7)]  // TP >= 3 holds up to j = 7
    [InlineData(0.5, 0.7)]   // TP >= 2: still j = 7 (TP jumps 3 -> 0 at j = 8)
    public void TargetRecall_Overlapping_LargestThresholdMeetingTarget(double target, double expected)
    {
        var policy = new TargetRecallPolicy(new TargetRecallPolicyOptions { Recall = target });
        Assert.Equal(expected, Propose(policy, Overlapping()), 12);
    }

    [Fact]
    public void TargetPolicies_ExtremeScores_ExactUnderStrictRule()
    {
        // negative at 0, positive at 1. Recall 1: largest j with the bin-9 positive flagged is 9 (1 > 0.9).
        // Precision 1: smallest j leaving the bin-0 negative out is 1 (0 > 0.1 is false).
        var statistics = new ThresholdStatistics(null, Summary((0.0, false), (1.0, true)), null);
        Assert.Equal(0.9, Propose(new TargetRecallPolicy(new TargetRecallPolicyOptions { Recall = 1 }), statistics), 12);
        Assert.Equal(0.1, Propose(new TargetPrecisionPolicy(new TargetPrecisionPolicyOptions { Precision = 1 }), statistics), 12);
    }
}
