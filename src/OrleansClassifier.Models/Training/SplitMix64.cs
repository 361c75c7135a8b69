namespace OrleansClassifier.Models.Training;

/// <summary>
/// The SplitMix64 generator (Steele, Lea and Flood, 2014): 64 bits of state, integer arithmetic only,
/// so a seed gives the same sequence on every machine and runtime. System.Random is avoided on
/// purpose: its algorithm is an implementation detail that may change between .NET versions.
/// </summary>
internal sealed class SplitMix64
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        _state += GoldenGamma;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform double in [0, 1) built from the top 53 bits, so every value is exact.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    public double NextUniform(double minInclusive, double maxExclusive) =>
        minInclusive + ((maxExclusive - minInclusive) * NextDouble());

    /// <summary>An unbiased integer in [0, exclusiveMax), by rejection of the short last bucket.</summary>
    public int NextInt(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        var bound = (ulong)exclusiveMax;
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong value;
        do
        {
            value = NextUInt64();
        }
        while (value >= limit);
        return (int)(value % bound);
    }

    /// <summary>
    /// An approximately standard normal value: the Irwin-Hall sum of twelve uniforms, minus six.
    /// Exact mean 0 and variance 1, tails cut at ±6; it needs no logarithm or cosine, whose
    /// last bits differ between C runtimes, so the synthetic data stays bit-identical everywhere.
    /// </summary>
    public double NextStandardNormal()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }

        return sum - 6.0;
    }

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
