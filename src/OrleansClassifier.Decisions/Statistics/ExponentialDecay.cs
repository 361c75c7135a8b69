namespace OrleansClassifier.Decisions.Statistics;

/// <summary>
/// Turns a <see cref="DecayOptions"/> into the factor by which existing weights shrink before the
/// next observation is added, or when time moves on. It reads no clock: times are passed in.
/// </summary>
internal sealed class ExponentialDecay
{
    private readonly double perObservation;
    private readonly TimeSpan? halfLifeTime;

    public ExponentialDecay(DecayOptions options, DateTimeOffset? lastTime = null)
    {
        halfLifeTime = options.HalfLifeTime;
        perObservation = halfLifeTime is null ? Math.Pow(0.5, 1.0 / options.HalfLifeObservations) : 1.0;
        LastTime = lastTime;
    }

    /// <summary>The latest time seen (time-based decay only).</summary>
    public DateTimeOffset? LastTime { get; private set; }

    /// <summary>The factor to apply to existing weights before adding one observation made at <paramref name="at"/>.</summary>
    public double BeforeObservation(DateTimeOffset? at)
    {
        if (halfLifeTime is null)
        {
            return perObservation;
        }

        if (at is null)
        {
            throw new ArgumentException("A time-based half-life needs the time of every observation.", nameof(at));
        }

        return AdvanceTo(at.Value);
    }

    /// <summary>The factor for the time passed since the latest time seen; 1 when counting observations.</summary>
    /// <remarks>Time never runs backwards here: an instant earlier than the latest one decays nothing.</remarks>
    public double AdvanceTo(DateTimeOffset now)
    {
        if (halfLifeTime is not { } halfLife)
        {
            return 1.0;
        }

        if (LastTime is not { } last || now <= last)
        {
            LastTime ??= now;
            return 1.0;
        }

        LastTime = now;
        return Math.Pow(0.5, (now - last).Ticks / (double)halfLife.Ticks);
    }
}
