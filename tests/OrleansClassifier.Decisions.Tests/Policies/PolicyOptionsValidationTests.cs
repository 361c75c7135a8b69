using OrleansClassifier.Decisions.Policies;

namespace OrleansClassifier.Decisions.Tests.Policies;

public class PolicyOptionsValidationTests
{
    [Fact]
    public void Defaults_AreValid_AndPinned()
    {
        Assert.Empty(new FixedPolicyOptions().Validate());
        Assert.Empty(new ImbalanceMidpointPolicyOptions().Validate());
        Assert.Empty(new PriorShiftPolicyOptions().Validate());
        Assert.Empty(new CostPolicyOptions().Validate());
        Assert.Empty(new MaxFBetaPolicyOptions().Validate());
        Assert.Empty(new TargetPrecisionPolicyOptions().Validate());
        Assert.Empty(new TargetRecallPolicyOptions().Validate());
        Assert.Empty(new AlertRatePolicyOptions().Validate());
        Assert.Equal(0.5, new FixedPolicyOptions().Threshold);
        Assert.Equal(0.5, new ImbalanceMidpointPolicyOptions().TrainingPositiveRate);
        Assert.Equal(1e-6, new PriorShiftPolicyOptions().RateEpsilon);
        Assert.Equal(1, new MaxFBetaPolicyOptions().Beta);
        Assert.Equal(0.9, new TargetPrecisionPolicyOptions().Precision);
        Assert.Equal(0.9, new TargetRecallPolicyOptions().Recall);
        Assert.Equal(0.01, new AlertRatePolicyOptions().Rate);
        Assert.Equal(0.5, new ImbalanceMidpointPolicy().DefaultThreshold);
    }

    public static TheoryData<Func<object>, string> Invalid => new()
    {
        { () => new FixedPolicy(new FixedPolicyOptions { Threshold = 1.5 }), "fixed.threshold must be in [0, 1]" },
        { () => new FixedPolicy(new FixedPolicyOptions { Threshold = double.NaN }), "fixed.threshold must be in [0, 1]" },
        { () => new ImbalanceMidpointPolicy(new ImbalanceMidpointPolicyOptions { TrainingPositiveRate = 0 }), "imbalance_midpoint.training_positive_rate must be in (0, 1)" },
        { () => new PriorShiftPolicy(new PriorShiftPolicyOptions { RateEpsilon = 0.5 }), "prior_shift.rate_epsilon must be in (0, 0.5)" },
        { () => new CostPolicy(new CostPolicyOptions { FalseNegativeCost = 0 }), "cost.false_negative_cost must be a finite number > 0" },
        { () => new CostPolicy(new CostPolicyOptions { FalsePositiveCost = double.PositiveInfinity }), "cost.false_positive_cost must be a finite number > 0" },
        { () => new MaxFBetaPolicy(new MaxFBetaPolicyOptions { Beta = -1 }), "max_f_beta.beta must be a finite number > 0" },
        { () => new TargetPrecisionPolicy(new TargetPrecisionPolicyOptions { Precision = 0 }), "target_precision.precision must be in (0, 1]" },
        { () => new TargetPrecisionPolicy(new TargetPrecisionPolicyOptions { Precision = double.NaN }), "target_precision.precision must be in (0, 1]" },
        { () => new TargetRecallPolicy(new TargetRecallPolicyOptions { Recall = 1.1 }), "target_recall.recall must be in (0, 1]" },
        { () => new TargetRecallPolicy(new TargetRecallPolicyOptions { DefaultThreshold = -0.1 }), "target_recall.default_threshold must be in [0, 1]" },
        { () => new AlertRatePolicy(new AlertRatePolicyOptions { Rate = 2 }), "alert_rate.rate must be in [0, 1]" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Ctor_InvalidOptions_ThrowsNamingTheField(Func<object> create, string message)
    {
        var error = Assert.Throws<ArgumentException>(create);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
