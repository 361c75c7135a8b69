namespace OrleansClassifier.Bench.Load;

/// <summary>
/// The time line of one run, in <see cref="TimeProvider"/> timestamps: sending starts at <see cref="Start"/>,
/// figures count from <see cref="MeasureFrom"/> (the warm-up before it is excluded), sending stops at
/// <see cref="Stop"/>, and answers still missing <see cref="Drain"/> later count as unfinished.
/// </summary>
internal readonly record struct LoadWindow(long Start, long MeasureFrom, long Stop, TimeSpan Drain, long Frequency)
{
    public static LoadWindow From(TimeProvider time, TimeSpan warmup, TimeSpan duration, TimeSpan drain)
    {
        ArgumentNullException.ThrowIfNull(time);
        var frequency = time.TimestampFrequency;
        var start = time.GetTimestamp();
        var measureFrom = start + Ticks(warmup, frequency);
        return new LoadWindow(start, measureFrom, measureFrom + Ticks(duration, frequency), drain, frequency);
    }

    public double MeasuredSeconds => (Stop - MeasureFrom) / (double)Frequency;

    public bool Contains(long timestamp) => timestamp >= MeasureFrom && timestamp < Stop;

    /// <summary>The timestamp <paramref name="seconds"/> after <see cref="Start"/>.</summary>
    public long AtOffset(double seconds) => Start + (long)Math.Round(seconds * Frequency);

    public long Microseconds(long ticks) => (long)(ticks * 1_000_000.0 / Frequency);

    private static long Ticks(TimeSpan span, long frequency) => (long)(span.TotalSeconds * frequency);
}
