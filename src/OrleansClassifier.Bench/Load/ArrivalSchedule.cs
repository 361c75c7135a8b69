namespace OrleansClassifier.Bench.Load;

/// <summary>The kind of arrival process of an open-loop run.</summary>
internal enum ArrivalKind
{
    /// <summary>Evenly spaced sends: 1/rate apart.</summary>
    Uniform,

    /// <summary>A Poisson process: exponential gaps of mean 1/rate, from a seeded generator.</summary>
    Poisson,
}

/// <summary>
/// The intended send times of an open-loop run, as offsets from its start. They depend on nothing but the
/// rate (and the seed): never on when earlier requests were sent or answered, which is what keeps
/// coordinated omission out of the figures. Uniform offsets are computed from the index (i / rate), so they
/// never drift however long the run.
/// </summary>
internal sealed class ArrivalSchedule
{
    private readonly double _rate;
    private readonly double _phase;
    private readonly Random? _random;
    private long _index;
    private double _poissonOffset;

    private ArrivalSchedule(ArrivalKind kind, double ratePerSecond, double phaseSeconds, Random? random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        Kind = kind;
        _rate = ratePerSecond;
        _phase = phaseSeconds;
        _random = random;
        _poissonOffset = phaseSeconds;
    }

    public ArrivalKind Kind { get; }

    public double RatePerSecond => _rate;

    /// <summary>Sends at <c>phase + i / rate</c> seconds, i = 0, 1, 2, ...</summary>
    public static ArrivalSchedule Uniform(double ratePerSecond, double phaseSeconds = 0) =>
        new(ArrivalKind.Uniform, ratePerSecond, phaseSeconds, null);

    /// <summary>Sends separated by exponential gaps of mean 1/rate, the first one gap after <paramref name="phaseSeconds"/>.</summary>
    public static ArrivalSchedule Poisson(double ratePerSecond, int seed, double phaseSeconds = 0) =>
        new(ArrivalKind.Poisson, ratePerSecond, phaseSeconds, new Random(seed));

    public static ArrivalSchedule Create(ArrivalKind kind, double ratePerSecond, int seed, double phaseSeconds = 0) =>
        kind == ArrivalKind.Uniform ? Uniform(ratePerSecond, phaseSeconds) : Poisson(ratePerSecond, seed, phaseSeconds);

    /// <summary>The next intended send time, in seconds from the start of the run.</summary>
    public double NextOffsetSeconds()
    {
        var index = _index++;
        if (_random is null)
        {
            return _phase + (index / _rate);
        }

        // Inverse-CDF sampling; 1 - U lies in (0, 1], so the logarithm is finite.
        _poissonOffset += -Math.Log(1.0 - _random.NextDouble()) / _rate;
        return _poissonOffset;
    }
}
