using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Tests.Training;

public class SplitMix64Tests
{
    [Fact]
    public void NextUInt64_SeedZero_MatchesReferenceSequence()
    {
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
    }

    [Fact]
    public void NextInt_ManyDraws_StaysInRangeAndHitsEveryValue()
    {
        var random = new SplitMix64(7);
        var seen = new bool[7];
        for (var i = 0; i < 1000; i++)
        {
            seen[random.NextInt(7)] = true;
        }

        Assert.All(seen, Assert.True);
    }

    [Fact]
    public void NextStandardNormal_ManyDraws_HasMeanZeroAndVarianceOne()
    {
        var random = new SplitMix64(11);
        var values = Enumerable.Range(0, 20_000).Select(_ => random.NextStandardNormal()).ToArray();
        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();

        Assert.InRange(mean, -0.03, 0.03);
        Assert.InRange(variance, 0.95, 1.05);
    }

    [Fact]
    public void Shuffle_SameSeed_GivesSamePermutation()
    {
        int[] first = [.. Enumerable.Range(0, 50)];
        int[] second = [.. Enumerable.Range(0, 50)];

        new SplitMix64(3).Shuffle(first.AsSpan());
        new SplitMix64(3).Shuffle(second.AsSpan());

        Assert.Equal(first, second);
        Assert.Equal(Enumerable.Range(0, 50), first.Order());
        Assert.NotEqual(Enumerable.Range(0, 50), first);
    }
}
