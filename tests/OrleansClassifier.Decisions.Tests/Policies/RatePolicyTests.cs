using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Policies;

namespace OrleansClassifier.Decisions.Tests.Policies;

public class RatePolicyTests
{
    private static ThresholdStatistics Rate(double r) =>
        new(new RateEstimate(r, RateSource.Labels, 100, 100, null, null), null, null);

    [Theory]
    [InlineData(0.5, 0.5)]         // 0.75 − 0.25
    [InlineData(0.2, 0.65)]        // t_prior = 0.4/(0.4 + 0.1) = 0.8; (0.5 + 0.8)/2 = 0.65 = 0.75 − 0.1
    [InlineData(0.8, 0.35)]        // 0.75 − 0.4
    [InlineData(0.0, 0.7499995)]   // r clamped to ε = 1e-6: t_prior = 1 − 1e-6; (1.5 − 1e-6)/2
    [InlineData(1.0, 0.2500005)]   // r clamped to 1 − 1e-6: t_prior = 1e-6; (0.5 + 1e-6)/2
    public void ImbalanceMidpoint_BalancedTraining_IsSeventyFiveMinusHalfR(double r, double expected)
    {
        var t = new ImbalanceMidpointPolicy().Propose(Rate(r)).Threshold!.Value;
        Assert.Equal(expected, t, 12);
    }

    [Fact]
    public void ImbalanceMidpoint_RateAtTrainingPrior_DoesNotCorrect()
    {
        // π = 0.1, r = 0.1: t_prior = 0.9·0.1/(0.9·0.1 + 0.1·0.9) = 0.5, so t = 0.5, unlike 0.75 − r/2 = 0.7
        var policy = new ImbalanceMidpointPolicy(new ImbalanceMidpointPolicyOptions { TrainingPositiveRate = 0.1 });
        Assert.Equal(0.5, policy.Propose(Rate(0.1)).Threshold!.Value, 12);
        Assert.Equal(0.5, policy.DefaultThreshold, 12);
    }

    [Fact]
    public void ImbalanceMidpoint_NoRate_Keeps() =>
        Assert.Null(new ImbalanceMidpointPolicy().Propose(ThresholdStatistics.Empty).Threshold);

    [Theory]
    [InlineData(0.5, 0.2, 0.8)]          // 1 − r when π = 0.5
    [InlineData(0.1, 0.3, 0.2058823529)] // k = 0.07/0.27; t = 0.07/(0.07 + 0.27) = 0.205882
    [InlineData(0.3, 0.3, 0.5)]          // no shift, k = 1
    [InlineData(0.5, 0.0, 0.999999)]     // r -> ε = 1e-6: t = 1 − 1e-6
    [InlineData(0.5, 1.0, 0.000001)]     // r -> 1 − 1e-6: t = 1e-6
    public void PriorShift_MatchesKOverOnePlusK(double pi, double r, double expected)
    {
        var policy = new PriorShiftPolicy(new PriorShiftPolicyOptions { TrainingPositiveRate = pi });
        Assert.Equal(expected, policy.Propose(Rate(r)).Threshold!.Value, 9);
    }

    [Fact]
    public void Cost_WithoutShift_IsFalsePositiveShare()
    {
        var policy = new CostPolicy(new CostPolicyOptions { FalsePositiveCost = 1, FalseNegativeCost = 4 });
        Assert.Equal(ThresholdPolicyInputs.None, policy.Inputs);
        Assert.Equal(0.2, policy.Propose(ThresholdStatistics.Empty).Threshold!.Value, 12); // 1/(1 + 4)
    }

    [Theory]
    [InlineData(1, 4, 0.5, 0.2, 0.5)]     // 1·0.8·0.5 / (1·0.8·0.5 + 4·0.2·0.5) = 0.4/0.8
    [InlineData(1, 4, 0.5, 0.5, 0.2)]     // r = π: reduces to c_fp/(c_fp + c_fn)
    [InlineData(1, 1, 0.1, 0.3, 0.2058823529)] // equal costs: reduces to prior_shift
    [InlineData(2, 1, 0.2, 0.4, 0.428571428571)] // 2·0.6·0.2 / (2·0.6·0.2 + 1·0.4·0.8) = 0.24/0.56
    public void Cost_WithShift_IsBayesThreshold(double cfp, double cfn, double pi, double r, double expected)
    {
        var policy = new CostPolicy(new CostPolicyOptions
        {
            FalsePositiveCost = cfp,
            FalseNegativeCost = cfn,
            AdjustForPriorShift = true,
            TrainingPositiveRate = pi,
        });
        Assert.Equal(ThresholdPolicyInputs.PositiveRate, policy.Inputs);
        Assert.Equal(expected, policy.Propose(Rate(r)).Threshold!.Value, 9);
    }

    [Fact]
    public void Fixed_ProposesItsThreshold()
    {
        var policy = new FixedPolicy(new FixedPolicyOptions { Threshold = 0.3 });
        Assert.Equal(0.3, policy.Propose(ThresholdStatistics.Empty).Threshold);
        Assert.Equal(0.3, policy.DefaultThreshold);
        Assert.Equal("fixed", policy.Name);
    }
}
