using OrleansClassifier.Decisions.Control;
using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Policies;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Tests.Control;

public class ThresholdControllerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    internal static ThresholdControllerOptions Options(long minimum = 10) => new()
    {
        MinimumObservations = minimum,
        Labels = new PositiveRateEstimatorOptions { Decay = new DecayOptions { HalfLifeObservations = 1e15 } },
        Scores = new ScorePriorEstimatorOptions { BinCount = 100, Decay = new DecayOptions { HalfLifeObservations = 1e15 } },
        Outcomes = new LabelledScoreSummaryOptions { BinCount = 10, Decay = new DecayOptions { HalfLifeObservations = 1e15 } },
    };

    [Fact]
    public void Options_Defaults_ArePinnedAndValid()
    {
        var o = new ThresholdControllerOptions();
        Assert.Empty(o.Validate());
        Assert.Equal(100, o.MinimumObservations);
        Assert.Equal(0.01, o.MinimumThreshold);
        Assert.Equal(0.99, o.MaximumThreshold);
        Assert.Equal(0.05, o.MaximumStep);
        Assert.Equal(0.001, o.MinimumChange);
        Assert.Equal(32, o.HistoryCapacity);
    }

    [Fact]
    public void Ctor_InvalidOptions_NamesTheFields()
    {
        var error = Assert.Throws<ArgumentException>(() => new ThresholdController(new FixedPolicy(), new ThresholdControllerOptions
        {
            MinimumThreshold = 0.8,
            MaximumThreshold = 0.2,
            MaximumStep = 0,
            HistoryCapacity = 0,
        }));
        Assert.Contains("threshold_controller.minimum_threshold must not exceed threshold_controller.maximum_threshold", error.Message, StringComparison.Ordinal);
        Assert.Contains("threshold_controller.maximum_step must be in (0, 1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("threshold_controller.history_capacity must be in [1, 10000]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_ColdStart_KeepsPolicyDefault_RecordsPolicyName()
    {
        var c = new ThresholdController(new ImbalanceMidpointPolicy(), Options());
        Assert.Equal(DecisionParameters.Default, c.Current);
        for (var i = 0; i < 9; i++)
        {
            c.ObserveOutcome(false);
        }

        var p = c.Update(T0);
        Assert.Equal(new DecisionParameters(0.5f, "imbalance_midpoint", 1), p);
        var change = Assert.Single(c.History);
        Assert.Contains("cold start", change.Reason, StringComparison.Ordinal);
        Assert.Equal(RateSource.None, change.RateSource);
        Assert.Equal(9, change.LabelledObservations);
        Assert.Equal(T0, change.At);
    }

    [Fact]
    public void Update_LabelRate_StepsTowardTarget_OneVersionPerMove()
    {
        var c = new ThresholdController(new ImbalanceMidpointPolicy(), Options());
        for (var i = 0; i < 10; i++)
        {
            c.ObserveOutcome(i < 2); // r = 2/10 = 0.2 -> target 0.75 − 0.1 = 0.65
        }

        var expected = new[] { 0.55f, 0.6f, 0.65f, 0.65f }; // steps of 0.05 from 0.5, then no move
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], c.Update(T0.AddMinutes(i)).Threshold, 5);
        }

        Assert.Equal(3, c.Current.Version);
        Assert.Equal(3, c.History.Count);
        var last = c.History[^1];
        Assert.Equal(0.6f, last.OldThreshold, 5);
        Assert.Equal(0.65f, last.NewThreshold, 5);
        Assert.Equal(0.2, last.Rate!.Value, 9);
        Assert.Equal(RateSource.Labels, last.RateSource);
        Assert.Equal(T0.AddMinutes(2), last.At);
        Assert.Contains("step limited to 0.05", c.History[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_NoLabels_UsesScoreEmRate()
    {
        var c = new ThresholdController(new PriorShiftPolicy(), Options());
        for (var i = 0; i < 10; i++)
        {
            // bin centres 0.205 and 0.795 (100 bins) are symmetric around π = 0.5: EM stays at r = 0.5, t = 0.5
            c.ObserveScore(i < 5 ? 0.205 : 0.795);
        }

        c.Update(T0);
        var change = Assert.Single(c.History); // "fixed" -> "prior_shift", threshold unchanged
        Assert.Equal(RateSource.Scores, change.RateSource);
        Assert.Equal(0.5, change.Rate!.Value, 6);
        Assert.Equal(0.5f, c.Current.Threshold);
    }

    [Fact]
    public void Update_Unmoved_RecordsNothing()
    {
        var c = new ThresholdController(new FixedPolicy(), Options());
        Assert.Equal(DecisionParameters.Default, c.Update(T0)); // fixed 0.5 is the default already
        Assert.Empty(c.History);
    }

    [Fact]
    public void Update_FixedPolicy_JumpsWithoutStepLimit_ButIsClamped()
    {
        var c = new ThresholdController(new FixedPolicy(new FixedPolicyOptions { Threshold = 0 }), Options());
        Assert.Equal(0.01f, c.Update(T0).Threshold); // clamped to the minimum 0.01, no 0.05 step
        Assert.Contains("clamped to [0.01, 0.99]", c.History[0].Reason, StringComparison.Ordinal);
        c.ChangePolicy(new FixedPolicy(new FixedPolicyOptions { Threshold = 1 }));
        Assert.Equal(0.99f, c.Update(T0).Threshold);
    }

    [Fact]
    public void Update_MoveBelowMinimumChange_IsNotMade()
    {
        var c = new ThresholdController(new FixedPolicy(new FixedPolicyOptions { Threshold = 0.5005 }), Options());
        c.Update(T0);
        Assert.Equal(0.5f, c.Current.Threshold); // |0.5005 − 0.5| < 0.001
        Assert.Empty(c.History);
    }

    [Fact]
    public void History_IsBoundedRing_OldestDropped()
    {
        var options = Options();
        options.HistoryCapacity = 3;
        var c = new ThresholdController(new FixedPolicy(), options);
        for (var i = 1; i <= 5; i++)
        {
            c.ChangePolicy(new FixedPolicy(new FixedPolicyOptions { Threshold = i % 2 == 0 ? 0.3 : 0.4 }));
            c.Update(T0.AddSeconds(i));
        }

        Assert.Equal(5, c.Current.Version);
        Assert.Equal([3L, 4L, 5L], c.History.Select(h => h.Version));
    }

    [Fact]
    public void Update_AlertRate_GatedOnScores()
    {
        var c = new ThresholdController(new AlertRatePolicy(new AlertRatePolicyOptions { Rate = 0.1 }), Options());
        for (var i = 0; i < 10; i++)
        {
            c.ObserveScore((i + 0.5) / 10); // one score per tenth; flag at most 1 of 10 -> t = 0.9
        }

        c.Update(T0);
        Assert.Equal(0.55f, c.Current.Threshold, 5); // one step of 0.05 toward 0.9
    }

    [Fact]
    public void Update_TimeHalfLife_NeedsTimes()
    {
        var options = Options();
        options.Labels.Decay = new DecayOptions { HalfLifeTime = TimeSpan.FromHours(1) };
        var c = new ThresholdController(new ImbalanceMidpointPolicy(), options);
        Assert.Throws<ArgumentException>(() => c.ObserveOutcome(true));
        c.ObserveOutcome(true, null, T0);
        Assert.Equal(1, c.Labels.LifetimeCount);
    }

    [Fact]
    public void ObserveScore_NaN_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdController(new FixedPolicy()).ObserveScore(double.NaN));
}
