using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Tests.Estimators;

public class PositiveRateEstimatorTests
{
    private static PositiveRateEstimator Create(double halfLife) =>
        new(new PositiveRateEstimatorOptions { Decay = new DecayOptions { HalfLifeObservations = halfLife } });

    [Fact]
    public void Estimate_NoLabels_IsNull() => Assert.Null(new PositiveRateEstimator().Estimate());

    [Fact]
    public void Estimate_HalfLifeOneObservation_WeightsHalveEachStep()
    {
        var e = Create(1);
        e.Observe(true);
        e.Observe(false);
        e.Observe(true);
        var r = e.Estimate()!.Value;

        // weights oldest first: 0.25, 0.5, 1 -> sum 1.75; positive 0.25 + 1 = 1.25; r = 1.25 / 1.75 = 5/7
        Assert.Equal(5.0 / 7, r.Rate, 12);
        Assert.Equal(1.75, r.EffectiveCount, 12);
        Assert.Equal(3, r.LifetimeCount);
        Assert.Equal(2, e.LifetimePositives);
        Assert.Equal(RateSource.Labels, r.Source);

        // Wilson, n = 1.75, z = 1.96: z²/n = 2.19520; centre = (5/7 + 1.09760)/3.19520 = 0.57706;
        // half = 1.96·sqrt(0.20408/1.75 + 2.19520/7)/3.19520 = 0.40235 -> [0.16472, 0.96941]
        Assert.Equal(0.164716, r.Lower!.Value, 5);
        Assert.Equal(0.969413, r.Upper!.Value, 5);
    }

    [Fact]
    public void Estimate_EightOfTen_MatchesTextbookWilson()
    {
        var e = Create(1e15); // no decay to speak of
        for (var i = 0; i < 10; i++)
        {
            e.Observe(i < 8);
        }

        var r = e.Estimate()!.Value;
        Assert.Equal(0.8, r.Rate, 9);
        // Wilson 95 % for 8/10: z²/n = 0.38416; centre = (0.8 + 0.19208)/1.38416 = 0.71674;
        // half = 1.96·sqrt(0.016 + 0.009604)/1.38416 = 0.22658 -> [0.49016, 0.94332]
        Assert.Equal(0.490157, r.Lower!.Value, 5);
        Assert.Equal(0.943319, r.Upper!.Value, 5);
    }

    [Fact]
    public void Estimate_AllNegative_RateZero_IntervalStartsAtZero()
    {
        var e = Create(1e15);
        for (var i = 0; i < 5; i++)
        {
            e.Observe(false);
        }

        var r = e.Estimate()!.Value;
        Assert.Equal(0, r.Rate);
        Assert.Equal(0, r.Lower!.Value, 12);
        // upper = (z²/n)/(1 + z²/n) when p = 0: 0.76832/1.76832 = 0.43449
        Assert.Equal(0.434492, r.Upper!.Value, 5);
    }

    [Fact]
    public void Estimate_AllPositive_RateOne()
    {
        var e = Create(10);
        e.Observe(true);
        var r = e.Estimate()!.Value;
        Assert.Equal(1, r.Rate);
        Assert.Equal(1, r.Upper!.Value, 12);
    }

    [Fact]
    public void Observe_TimeHalfLife_DecaysWithElapsedTime()
    {
        var e = new PositiveRateEstimator(new PositiveRateEstimatorOptions
        {
            Decay = new DecayOptions { HalfLifeTime = TimeSpan.FromHours(1) },
        });
        var t0 = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        e.Observe(true, t0);
        e.Observe(false, t0.AddHours(1));

        // the positive is one half-life old: weights 0.5 and 1 -> r = 0.5/1.5 = 1/3
        Assert.Equal(1.0 / 3, e.Estimate()!.Value.Rate, 12);
        e.AdvanceTo(t0.AddHours(2));
        Assert.Equal(0.75, e.Estimate()!.Value.EffectiveCount, 12); // 1.5 · 0.5
        Assert.Equal(1.0 / 3, e.Estimate()!.Value.Rate, 12);
        e.AdvanceTo(t0); // time never runs backwards
        Assert.Equal(0.75, e.Estimate()!.Value.EffectiveCount, 12);
    }

    [Fact]
    public void Observe_TimeHalfLifeWithoutTime_Throws()
    {
        var e = new PositiveRateEstimator(new PositiveRateEstimatorOptions
        {
            Decay = new DecayOptions { HalfLifeTime = TimeSpan.FromMinutes(5) },
        });
        Assert.Throws<ArgumentException>(() => e.Observe(true));
    }

    [Fact]
    public void Snapshot_RoundTrips()
    {
        var e = Create(3);
        e.Observe(true);
        e.Observe(false);
        var copy = PositiveRateEstimator.FromSnapshot(new PositiveRateEstimatorOptions(), e.ToSnapshot());
        Assert.Equal(e.ToSnapshot(), copy.ToSnapshot());
    }

    [Fact]
    public void Ctor_InvalidOptions_NamesTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => new PositiveRateEstimator(new PositiveRateEstimatorOptions
        {
            ConfidenceZ = double.NaN,
            Decay = new DecayOptions { HalfLifeObservations = 0 },
        }));
        Assert.Contains("labels.confidence_z must be a finite number > 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("labels.decay.half_life_observations must be a finite number > 0", error.Message, StringComparison.Ordinal);
    }
}
