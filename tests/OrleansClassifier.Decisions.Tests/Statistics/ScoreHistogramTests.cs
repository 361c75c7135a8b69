using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Tests.Statistics;

public class ScoreHistogramTests
{
    [Theory]
    [InlineData(0.0, 0)]    // 0 joins the first bin
    [InlineData(0.05, 0)]   // ceil(0.5) - 1 = 0
    [InlineData(0.1, 0)]    // bins are (k/10, (k+1)/10]: 0.1 is the top of bin 0
    [InlineData(0.15, 1)]   // ceil(1.5) - 1 = 1
    [InlineData(1.0, 9)]    // ceil(10) - 1 = 9
    public void BinOf_TenBins_UpperInclusive(double score, int expected) =>
        Assert.Equal(expected, new ScoreHistogram(10).BinOf(score));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Add_InvalidScore_Throws(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreHistogram(10).Add(score));

    [Fact]
    public void Decay_HalvesEveryWeight_AndKeepsLifetimeCount()
    {
        var h = new ScoreHistogram(10);
        h.Add(0.05);
        h.Add(0.95, 3);
        h.Decay(0.5);
        h.Add(0.95);
        Assert.Equal(0.5, h.WeightAt(0), 12);        // 1 * 0.5
        Assert.Equal(2.5, h.WeightAt(9), 12);        // 3 * 0.5 + 1
        Assert.Equal(3.0, h.TotalWeight, 12);        // 0.5 + 2.5
        Assert.Equal(3, h.LifetimeCount);
        Assert.Equal((0.5 * 0.05 + 2.5 * 0.95) / 3, h.MeanScore()!.Value, 12); // centres 0.05, 0.95
    }

    [Fact]
    public void Decay_ManyTimes_RenormalisesWithoutUnderflow()
    {
        var h = new ScoreHistogram(4);
        for (var i = 0; i < 10_000; i++)
        {
            h.Decay(0.9);
            h.Add(0.6);
        }

        // Geometric series: the steady state is 1 / (1 - 0.9) = 10.
        Assert.Equal(10.0, h.TotalWeight, 9);
        Assert.Equal(10.0, h.WeightAt(2), 9);
    }

    [Fact]
    public void UpperTailWeights_AreSuffixSums()
    {
        var h = new ScoreHistogram(4);
        h.Add(0.1);
        h.Add(0.6, 2);
        Assert.Equal([3.0, 2.0, 2.0, 0.0, 0.0], h.UpperTailWeights()); // bins: [1, 0, 2, 0]
    }

    [Fact]
    public void Snapshot_RoundTrips()
    {
        var h = new ScoreHistogram(5);
        h.Add(0.3);
        h.Decay(0.25);
        var copy = ScoreHistogram.FromSnapshot(h.ToSnapshot());
        Assert.Equal(h.ToSnapshot().Weights, copy.ToSnapshot().Weights);
        Assert.Equal(0.25, copy.TotalWeight, 12);
        Assert.Equal(1, copy.LifetimeCount);
    }

    [Fact]
    public void FromSnapshot_NegativeWeight_Throws() =>
        Assert.Throws<ArgumentException>(() => ScoreHistogram.FromSnapshot(new ScoreHistogramSnapshot([1, -1], 2)));

    [Fact]
    public void Ctor_ZeroBins_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreHistogram(0));
}
