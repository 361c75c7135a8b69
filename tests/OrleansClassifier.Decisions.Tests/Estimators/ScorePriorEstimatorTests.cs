using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Statistics;
using OrleansClassifier.Decisions.Tests.TestSupport;

namespace OrleansClassifier.Decisions.Tests.Estimators;

public class ScorePriorEstimatorTests
{
    [Fact]
    public void Em_OneIteration_IsThePlainMean()
    {
        // At r = π the reweighting is the identity, so iteration 1 gives mean = (0.9·1 + 0.1·3)/4 = 0.3
        var e = PriorEm.Estimate([0.9, 0.1], [1, 3], 0.5, 1e-12, 1);
        Assert.Equal(0.3, e.Rate, 12);
        Assert.Equal(0.3, e.MeanScore, 12);
        Assert.False(e.Converged);
    }

    [Fact]
    public void Em_TwoIterations_MatchesHandComputation()
    {
        // r1 = 0.3; with π = 0.5 the reweighted posterior is r·p / (r·p + (1−r)(1−p)):
        // 0.9 -> 0.27/(0.27 + 0.07) = 0.794118; 0.1 -> 0.03/(0.03 + 0.63) = 0.045455
        // r2 = (0.794118 + 3·0.045455)/4 = 0.232620
        var e = PriorEm.Estimate([0.9, 0.1], [1, 3], 0.5, 1e-12, 2);
        Assert.Equal(0.2326203, e.Rate, 6);
        Assert.Equal(2, e.Iterations);
    }

    [Fact]
    public void Em_Converged_IsAFixedPoint()
    {
        var e = PriorEm.Estimate([0.9, 0.1], [1, 3], 0.5, 1e-12, 10_000);
        Assert.True(e.Converged);
        var r = e.Rate;
        var step = ((r * 0.9 / ((r * 0.9) + ((1 - r) * 0.1))) + (3 * (r * 0.1 / ((r * 0.1) + ((1 - r) * 0.9))))) / 4;
        Assert.Equal(r, step, 9);
    }

    [Fact]
    public void Em_SymmetricScores_StayAtTrainingRate()
    {
        // mean of 0.2 and 0.8 is 0.5 = π, a fixed point: converged at iteration 1
        var e = PriorEm.Estimate([0.2, 0.8], [1, 1], 0.5, 1e-9, 100);
        Assert.Equal(0.5, e.Rate, 12);
        Assert.True(e.Converged);
        Assert.Equal(1, e.Iterations);
    }

    [Fact]
    public void Em_ExtremeScores_ReachZeroAndOne()
    {
        Assert.Equal(0, PriorEm.Estimate([0.0], [1], 0.5, 1e-9, 100).Rate, 9);
        Assert.Equal(1, PriorEm.Estimate([1.0], [1], 0.5, 1e-9, 100).Rate, 9);
    }

    [Fact]
    public void Estimate_NoScores_IsNull() => Assert.Null(new ScorePriorEstimator().Estimate());

    [Fact]
    public void Estimate_AllScoresZero_RateNearZero()
    {
        var e = new ScorePriorEstimator();
        for (var i = 0; i < 50; i++)
        {
            e.Observe(0.0);
        }

        // bin centre 0.0005: each step multiplies r by about 0.0005/0.9995, so it falls to ~0 at once
        Assert.True(e.Estimate()!.Value.Rate < 1e-6);
    }

    [Fact]
    public void Observe_NaN_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScorePriorEstimator().Observe(double.NaN));

    [Fact]
    public void Estimate_LabelShiftedGaussians_EmRecoversRateWhereMeanIsBiased()
    {
        // Classes x|y=1 ~ N(+1, 1), x|y=0 ~ N(-1, 1); the calibrated posterior of a model trained at π = 0.5 is
        // σ(log-likelihood ratio) = σ(2x). Deployed at true r = 0.2, the mean posterior drifts toward π.
        const double trueRate = 0.2;
        var rng = new SplitMix64(20020101);
        var e = new ScorePriorEstimator(new ScorePriorEstimatorOptions
        {
            Decay = new DecayOptions { HalfLifeObservations = 1e12 },
            Tolerance = 1e-9,
        });
        for (var i = 0; i < 20_000; i++)
        {
            var positive = rng.NextDouble() < trueRate;
            var x = rng.NextGaussian(positive ? 1 : -1, 1);
            e.Observe(1 / (1 + Math.Exp(-2 * x)));
        }

        var prior = e.EstimatePrior()!.Value;
        Assert.True(prior.MeanScore - trueRate > 0.1, $"mean {prior.MeanScore} should be biased toward 0.5"); // ≈ 0.335
        Assert.InRange(prior.Rate, trueRate - 0.03, trueRate + 0.03);
        Assert.True(prior.Converged);
    }

    [Fact]
    public void Ctor_InvalidOptions_NamesTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScorePriorEstimator(new ScorePriorEstimatorOptions
        {
            TrainingPositiveRate = 1,
            MaxIterations = 0,
        }));
        Assert.Contains("scores.training_positive_rate must be in (0, 1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("scores.max_iterations must be in [1, 1000000]", error.Message, StringComparison.Ordinal);
    }
}
