namespace OrleansClassifier.Decisions.Tests.TestSupport;

/// <summary>A seeded, platform-independent PRNG (SplitMix64) with a Box–Muller normal sampler.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double NextGaussian(double mean, double sd)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return mean + (sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
