using OrleansClassifier.Bench.Load;

namespace OrleansClassifier.Bench.Tests.Load;

public class LatencyHistogramTests
{
    [Fact]
    public void Empty_AllZero()
    {
        var histogram = new LatencyHistogram();
        Assert.Equal(0, histogram.Count);
        Assert.Equal(0, histogram.Percentile(50));
        Assert.Equal(0, histogram.Mean);
    }

    [Fact]
    public void SmallValues_ExactNearestRank()
    {
        var histogram = new LatencyHistogram();
        foreach (var v in Enumerable.Range(1, 100).Reverse())
        {
            histogram.Record(v);
        }

        Assert.Equal(50, histogram.Percentile(50));
        Assert.Equal(90, histogram.Percentile(90));
        Assert.Equal(99, histogram.Percentile(99));
        Assert.Equal(100, histogram.Percentile(99.9));
        Assert.Equal(100, histogram.Percentile(100));
        Assert.Equal(1, histogram.Percentile(0));
        Assert.Equal(1, histogram.Min);
        Assert.Equal(100, histogram.Max);
        Assert.Equal(50.5, histogram.Mean, 9);
    }

    [Fact]
    public void NearestRank_SkewedDistribution()
    {
        // 990 fast requests and 10 slow ones: p99 is still fast, p99.9 is slow.
        var histogram = new LatencyHistogram();
        for (var i = 0; i < 990; i++)
        {
            histogram.Record(100);
        }

        for (var i = 0; i < 10; i++)
        {
            histogram.Record(50_000);
        }

        Assert.Equal(100, histogram.Percentile(50));
        Assert.Equal(100, histogram.Percentile(99));
        Assert.InRange(histogram.Percentile(99.9), 50_000 - (50_000 / 128), 50_000 + (50_000 / 128));
    }

    [Theory]
    [InlineData(1_000L)]
    [InlineData(12_345L)]
    [InlineData(987_654L)]
    [InlineData(60_000_000L)]
    [InlineData(1L << 45)]
    public void LargeValues_WithinOneBucketHalfWidth(long value)
    {
        var histogram = new LatencyHistogram();
        histogram.Record(value);
        histogram.Record(value + 1);
        // Two values, nearest rank 1 for p50: reported within 1/128 of it.
        Assert.InRange(histogram.Percentile(50), value - (value / 128) - 1, value + (value / 128) + 1);
    }

    [Fact]
    public void Percentiles_OfUniformMilliseconds_WithinPrecision()
    {
        var histogram = new LatencyHistogram();
        for (var ms = 1; ms <= 10_000; ms++)
        {
            histogram.Record(ms * 1000L);
        }

        foreach (var (p, expected) in new[] { (50.0, 5_000_000.0), (90.0, 9_000_000.0), (99.0, 9_900_000.0), (99.9, 9_990_000.0) })
        {
            Assert.InRange(histogram.Percentile(p), expected * (1 - (1 / 64.0)), expected * (1 + (1 / 64.0)));
        }
    }

    [Fact]
    public void Buckets_ContiguousAndConsistent()
    {
        long next = 0;
        for (var index = 0; index < 128 + (40 * 64); index++)
        {
            var (low, width) = LatencyHistogram.BucketOf(index);
            Assert.Equal(next, low);
            Assert.Equal(index, LatencyHistogram.IndexOf(low));
            Assert.Equal(index, LatencyHistogram.IndexOf(low + width - 1));
            next = low + width;
        }
    }

    [Fact]
    public void Merge_SameAsRecordingTogether()
    {
        var a = new LatencyHistogram();
        var b = new LatencyHistogram();
        var both = new LatencyHistogram();
        var random = new Random(3);
        for (var i = 0; i < 5000; i++)
        {
            var v = (long)(random.NextDouble() * 100_000);
            (i % 2 == 0 ? a : b).Record(v);
            both.Record(v);
        }

        a.Merge(b);
        Assert.Equal(both.Count, a.Count);
        Assert.Equal(both.Min, a.Min);
        Assert.Equal(both.Max, a.Max);
        foreach (var p in new[] { 1.0, 50, 90, 99, 99.9, 100 })
        {
            Assert.Equal(both.Percentile(p), a.Percentile(p));
        }
    }

    [Fact]
    public void NegativeValue_CountsAsZero()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(-5);
        Assert.Equal(0, histogram.Percentile(100));
    }
}
