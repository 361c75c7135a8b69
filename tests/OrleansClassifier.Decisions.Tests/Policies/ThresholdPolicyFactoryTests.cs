using OrleansClassifier.Decisions.Control;
using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Policies;

namespace OrleansClassifier.Decisions.Tests.Policies;

public sealed class ThresholdPolicyFactoryTests
{
    private static readonly Dictionary<string, double> None = [];

    [Theory]
    [InlineData("fixed")]
    [InlineData("imbalance_midpoint")]
    [InlineData("prior_shift")]
    [InlineData("cost")]
    [InlineData("max_f_beta")]
    [InlineData("target_precision")]
    [InlineData("target_recall")]
    [InlineData("alert_rate")]
    public void Create_EveryName_BuildsThatPolicy(string name) =>
        Assert.Equal(name, ThresholdPolicyFactory.Create(name, None, 0.5).Name);

    [Fact]
    public void Create_Pi_FedToRatePolicies()
    {
        // prior_shift at r = π is 0.5 whatever π; its default threshold (r = π) shows π was taken.
        var policy = ThresholdPolicyFactory.Create("prior_shift", None, 0.1);
        var rate = new RateEstimate(0.1, RateSource.Labels, 1000, 1000, null, null);
        Assert.Equal(0.5, policy.Propose(new ThresholdStatistics(rate, null, null)).Threshold!.Value, 6);
        var overridden = ThresholdPolicyFactory.Create("prior_shift", new Dictionary<string, double> { ["training_positive_rate"] = 0.5 }, 0.1);
        Assert.Equal(0.9, overridden.Propose(new ThresholdStatistics(rate, null, null)).Threshold!.Value, 6);
    }

    [Theory]
    [InlineData("fixed", "threshold", 2.0, "fixed.threshold")]
    [InlineData("cost", "false_negative_cost", -1.0, "cost.false_negative_cost")]
    [InlineData("cost", "adjust_for_prior_shift", 0.5, "cost.adjust_for_prior_shift")]
    [InlineData("max_f_beta", "gamma", 1.0, "max_f_beta.gamma")]
    [InlineData("alert_rate", "rate", double.NaN, "alert_rate.rate")]
    public void Validate_BadParameter_NamesField(string name, string key, double value, string field)
    {
        var errors = ThresholdPolicyFactory.Validate(name, new Dictionary<string, double> { [key] = value }, 0.5);
        Assert.StartsWith(field, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownPolicy_ListsNames()
    {
        var error = Assert.Single(ThresholdPolicyFactory.Validate("magic", None, 0.5));
        Assert.Contains("imbalance_midpoint", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ObserveBatches_SameAsOneByOne()
    {
        var a = new ThresholdController(new MaxFBetaPolicy());
        var b = new ThresholdController(new MaxFBetaPolicy());
        float[] scores = [0.1f, 0.9f, 0.4f, float.NaN, 2f];
        bool[] labels = [false, true, false];
        float[] outcomeScores = [0.2f, 0.8f, float.NaN];

        Assert.Equal(3, a.ObserveScores(scores));
        a.ObserveOutcomes(labels, outcomeScores);
        foreach (var s in scores[..3])
        {
            b.ObserveScore(s);
        }

        b.ObserveOutcome(false, 0.2);
        b.ObserveOutcome(true, 0.8);
        b.ObserveOutcome(false);

        Assert.Equal(b.Scores.LifetimeCount, a.Scores.LifetimeCount);
        Assert.Equal(b.Labels.LifetimeCount, a.Labels.LifetimeCount);
        Assert.Equal(b.Outcomes.LifetimeCount, a.Outcomes.LifetimeCount);
    }
}
