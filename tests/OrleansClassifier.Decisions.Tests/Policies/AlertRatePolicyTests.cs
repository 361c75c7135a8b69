using OrleansClassifier.Decisions.Policies;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Tests.Policies;

public class AlertRatePolicyTests
{
    // One score per bin of ten: 0.05, 0.15, ..., 0.95. t = j/10 flags bins j..9, i.e. (10 − j) of 10 scores.
    private static ThresholdStatistics Uniform()
    {
        var h = new ScoreHistogram(10);
        for (var k = 0; k < 10; k++)
        {
            h.Add((k + 0.5) / 10);
        }

        return new ThresholdStatistics(null, null, h);
    }

    [Theory]
    [InlineData(0.2, 0.8)]   // flag <= 2 of 10 -> j = 8
    [InlineData(0.25, 0.8)]  // flag <= 2.5 -> still 2 scores, j = 8
    [InlineData(0.0, 1.0)]   // flag none -> j = 10
    [InlineData(1.0, 0.0)]   // flag all -> j = 0
    public void Propose_UniformScores_SmallestThresholdFlaggingAtMostQ(double q, double expected)
    {
        var policy = new AlertRatePolicy(new AlertRatePolicyOptions { Rate = q });
        Assert.Equal(expected, policy.Propose(Uniform()).Threshold!.Value, 12);
    }

    [Fact]
    public void Propose_DecayedScores_FollowsRecentWeight()
    {
        // 0.95 weighs 1, then decays to 1/8; three 0.15 scores weigh 3. q = 0.05: 0.125/3.125 = 0.04 <= 0.05,
        // so the old high score may stay flagged: smallest j with tail <= 0.15625 is j = 2.
        var h = new ScoreHistogram(10);
        h.Add(0.95);
        h.Decay(0.125);
        h.Add(0.15, 3);
        var policy = new AlertRatePolicy(new AlertRatePolicyOptions { Rate = 0.05 });
        Assert.Equal(0.2, policy.Propose(new ThresholdStatistics(null, null, h)).Threshold!.Value, 12);
    }

    [Fact]
    public void Propose_NoScores_Keeps() =>
        Assert.Null(new AlertRatePolicy().Propose(new ThresholdStatistics(null, null, new ScoreHistogram())).Threshold);
}
