namespace OrleansClassifier.Decisions.Statistics;

/// <summary>
/// A bounded, exponentially decayable summary of scores in [0, 1]: fixed equal-width bins whose
/// weights shrink on <see cref="Decay"/>. Memory is one double per bin, however many scores arrive.
/// </summary>
/// <remarks>
/// Bin <c>k</c> of <c>n</c> holds scores in (k/n, (k+1)/n]; bin 0 also holds 0. So the threshold
/// t = j/n flags exactly the bins j and above under the rule p &gt; t, except a score of exactly 0 at t = 0.
/// Decay is lazy (one scale factor), so decaying costs O(1) rather than O(bins).
/// </remarks>
public sealed class ScoreHistogram
{
    /// <summary>The default number of bins, 1000 (a resolution of 0.001).</summary>
    public const int DefaultBinCount = 1000;

    /// <summary>The largest number of bins allowed, 1,048,576.</summary>
    public const int MaxBinCount = 1 << 20;

    // Below this the lazy scale is folded back into the stored weights, long before doubles underflow.
    private const double RenormaliseBelow = 1e-100;

    private readonly double[] stored;
    private double storedTotal;
    private double scale = 1.0;

    /// <summary>Creates an empty histogram.</summary>
    /// <param name="binCount">The number of equal-width bins on [0, 1]; the default is 1000.</param>
    public ScoreHistogram(int binCount = DefaultBinCount)
    {
        if (binCount is < 1 or > MaxBinCount)
        {
            throw new ArgumentOutOfRangeException(nameof(binCount), binCount, $"The bin count must be in [1, {MaxBinCount}].");
        }

        stored = new double[binCount];
    }

    /// <summary>The number of bins.</summary>
    public int BinCount => stored.Length;

    /// <summary>The number of scores ever added, undecayed.</summary>
    public long LifetimeCount { get; private set; }

    /// <summary>The decayed total weight of all bins.</summary>
    public double TotalWeight => storedTotal * scale;

    /// <summary>The decayed weight of one bin.</summary>
    public double WeightAt(int bin) => stored[bin] * scale;

    /// <summary>The centre of a bin, (bin + 0.5) / <see cref="BinCount"/>.</summary>
    public double BinCentre(int bin) => (bin + 0.5) / stored.Length;

    /// <summary>The weighted mean of the bin centres, or <see langword="null"/> when the histogram is empty.</summary>
    public double? MeanScore()
    {
        var total = 0.0;
        var sum = 0.0;
        for (var k = 0; k < stored.Length; k++)
        {
            total += stored[k];
            sum += stored[k] * BinCentre(k);
        }

        return total > 0 ? sum / total : null;
    }

    /// <summary>The bin a score falls in.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is NaN or outside [0, 1].</exception>
    public int BinOf(double score)
    {
        if (!(score >= 0 && score <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score must be a number in [0, 1].");
        }

        return Math.Max(0, (int)Math.Ceiling(score * stored.Length) - 1);
    }

    /// <summary>Adds a score with a weight.</summary>
    /// <param name="score">A score in [0, 1]; NaN is rejected.</param>
    /// <param name="weight">A finite weight ≥ 0; the default is 1.</param>
    public void Add(double score, double weight = 1.0)
    {
        var bin = BinOf(score);
        if (!(weight >= 0) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight must be a finite number >= 0.");
        }

        stored[bin] += weight / scale;
        storedTotal += weight / scale;
        LifetimeCount++;
    }

    /// <summary>Multiplies every weight by <paramref name="factor"/>, in (0, 1].</summary>
    public void Decay(double factor)
    {
        if (!(factor > 0 && factor <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "A decay factor must be in (0, 1].");
        }

        scale *= factor;
        if (scale < RenormaliseBelow)
        {
            for (var k = 0; k < stored.Length; k++)
            {
                stored[k] *= scale;
            }

            storedTotal *= scale;
            scale = 1.0;
        }
    }

    /// <summary>
    /// The decayed weight of each upper tail: element j (0 ≤ j ≤ <see cref="BinCount"/>) is the weight of
    /// bins j and above, the weight flagged by the threshold j / <see cref="BinCount"/>.
    /// </summary>
    public double[] UpperTailWeights()
    {
        var tails = new double[stored.Length + 1];
        for (var j = stored.Length - 1; j >= 0; j--)
        {
            tails[j] = tails[j + 1] + (stored[j] * scale);
        }

        return tails;
    }

    /// <summary>Copies the state out as a plain record.</summary>
    public ScoreHistogramSnapshot ToSnapshot()
    {
        var weights = new double[stored.Length];
        for (var k = 0; k < stored.Length; k++)
        {
            weights[k] = stored[k] * scale;
        }

        return new ScoreHistogramSnapshot(weights, LifetimeCount);
    }

    /// <summary>Rebuilds a histogram from a snapshot; the bin count is the snapshot's.</summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite, or the count is negative.</exception>
    public static ScoreHistogram FromSnapshot(ScoreHistogramSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.LifetimeCount < 0 || snapshot.Weights.Any(w => !(w >= 0) || double.IsInfinity(w)))
        {
            throw new ArgumentException("Snapshot weights must be finite and >= 0, and its count >= 0.", nameof(snapshot));
        }

        var histogram = new ScoreHistogram(snapshot.Weights.Length) { LifetimeCount = snapshot.LifetimeCount };
        snapshot.Weights.CopyTo(histogram.stored, 0);
        histogram.storedTotal = snapshot.Weights.Sum();
        return histogram;
    }
}
