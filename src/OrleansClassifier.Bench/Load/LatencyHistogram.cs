using System.Numerics;

namespace OrleansClassifier.Bench.Load;

/// <summary>
/// A log-linear histogram of latencies in microseconds, in the manner of HdrHistogram: values below 128 µs are
/// kept exactly; above, each power of two is split into 64 buckets, so a reported value is within 1/128 (0.8%)
/// of a recorded one. Fixed size (about 21 KB), no allocation per value, mergeable. Not thread-safe: each
/// stream records into its own and the runner merges them.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int ExactLimit = 128;
    private const int SubBuckets = 64;
    private const int MaxShift = 40; // 2^46 µs is about two years: nothing real is slower.

    private readonly long[] _counts = new long[ExactLimit + (MaxShift * SubBuckets)];

    /// <summary>Values recorded.</summary>
    public long Count { get; private set; }

    /// <summary>The smallest value recorded, exact (0 when empty).</summary>
    public long Min { get; private set; }

    /// <summary>The largest value recorded, exact (0 when empty).</summary>
    public long Max { get; private set; }

    /// <summary>The sum of the values recorded, exact.</summary>
    public double Sum { get; private set; }

    public double Mean => Count == 0 ? 0 : Sum / Count;

    /// <summary>Records one latency; negative values count as 0.</summary>
    public void Record(long microseconds)
    {
        var value = Math.Max(0, microseconds);
        _counts[IndexOf(value)]++;
        Min = Count == 0 ? value : Math.Min(Min, value);
        Max = Count == 0 ? value : Math.Max(Max, value);
        Count++;
        Sum += value;
    }

    public void Merge(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Min = Count == 0 ? other.Min : Math.Min(Min, other.Min);
        Max = Count == 0 ? other.Max : Math.Max(Max, other.Max);
        Count += other.Count;
        Sum += other.Sum;
    }

    /// <summary>
    /// The nearest-rank percentile: the smallest recorded value such that at least <paramref name="percentile"/>
    /// percent of the values are no larger, reported as its bucket's midpoint (exact below 128 µs), clamped to
    /// the recorded range. 0 when empty.
    /// </summary>
    public long Percentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100.0);
        if (Count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(percentile / 100.0 * Count));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Math.Clamp(Representative(i), Min, Max);
            }
        }

        return Max;
    }

    internal static int IndexOf(long value)
    {
        if (value < ExactLimit)
        {
            return (int)value;
        }

        var msb = 63 - BitOperations.LeadingZeroCount((ulong)value);
        var shift = Math.Min(msb - 6, MaxShift);
        var sub = (int)Math.Min(value >> shift, (2 * SubBuckets) - 1);
        return ExactLimit + ((shift - 1) * SubBuckets) + (sub - SubBuckets);
    }

    /// <summary>The lowest value of a bucket and its width.</summary>
    internal static (long Low, long Width) BucketOf(int index)
    {
        if (index < ExactLimit)
        {
            return (index, 1);
        }

        var shift = ((index - ExactLimit) / SubBuckets) + 1;
        var sub = ((index - ExactLimit) % SubBuckets) + SubBuckets;
        return ((long)sub << shift, 1L << shift);
    }

    private static long Representative(int index)
    {
        var (low, width) = BucketOf(index);
        return low + (width / 2);
    }
}
