using OrleansClassifier.Bench.Load;

namespace OrleansClassifier.Bench.Tests.Load;

public class ArrivalScheduleTests
{
    [Fact]
    public void Uniform_IntendedTimesAreIndexOverRate()
    {
        var schedule = ArrivalSchedule.Uniform(250);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(i / 250.0, schedule.NextOffsetSeconds(), 12);
        }
    }

    [Fact]
    public void Uniform_NoDriftAfterMillionsOfSends()
    {
        var schedule = ArrivalSchedule.Uniform(3000, phaseSeconds: 0.001);
        double last = 0;
        for (var i = 0; i < 3_000_000; i++)
        {
            last = schedule.NextOffsetSeconds();
        }

        // Computed from the index, not accumulated: the millionth send is where it should be, to the nanosecond.
        Assert.Equal(0.001 + (2_999_999 / 3000.0), last, 9);
    }

    [Fact]
    public void Poisson_SameSeedSameTimes_OtherSeedOtherTimes()
    {
        var a = ArrivalSchedule.Poisson(1000, seed: 5);
        var b = ArrivalSchedule.Poisson(1000, seed: 5);
        var c = ArrivalSchedule.Poisson(1000, seed: 6);
        var first = Enumerable.Range(0, 100).Select(_ => a.NextOffsetSeconds()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 100).Select(_ => b.NextOffsetSeconds()));
        Assert.NotEqual(first, Enumerable.Range(0, 100).Select(_ => c.NextOffsetSeconds()));
    }

    [Fact]
    public void Poisson_RateAndExponentialGaps()
    {
        const double rate = 2000;
        const int count = 200_000;
        var schedule = ArrivalSchedule.Poisson(rate, seed: 42);
        var gaps = new double[count];
        double previous = 0;
        for (var i = 0; i < count; i++)
        {
            var offset = schedule.NextOffsetSeconds();
            gaps[i] = offset - previous;
            Assert.True(gaps[i] > 0);
            previous = offset;
        }

        // Mean gap 1/rate; for exponential gaps the standard deviation equals the mean (CV 1).
        var mean = gaps.Average();
        var sd = Math.Sqrt(gaps.Select(g => (g - mean) * (g - mean)).Average());
        Assert.InRange(count / previous, rate * 0.99, rate * 1.01);
        Assert.InRange(sd / mean, 0.98, 1.02);
        // P(gap > mean) = e^-1.
        Assert.InRange(gaps.Count(g => g > 1 / rate) / (double)count, Math.Exp(-1) - 0.01, Math.Exp(-1) + 0.01);
    }

    [Fact]
    public void StreamsOfAnOpenLevel_UniformInterleaveToTheFullRate()
    {
        var level = LoadLevel.OpenAt(400, 4, ArrivalKind.Uniform);
        var all = Enumerable.Range(0, 4)
            .SelectMany(stream =>
            {
                var schedule = LoadRunner.ScheduleOf(level, stream, seed: 1);
                return Enumerable.Range(0, 100).Select(_ => schedule.NextOffsetSeconds());
            })
            .Order()
            .ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            Assert.Equal(i / 400.0, all[i], 9);
        }
    }
}
