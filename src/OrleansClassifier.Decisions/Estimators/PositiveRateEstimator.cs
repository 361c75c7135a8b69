using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Estimators;

/// <summary>
/// The positive-class rate from outcome labels: an exponentially weighted mean of the labels, lifetime
/// counts beside it, and a Wilson score interval.
/// </summary>
/// <remarks>
/// The interval treats the decayed weight sum Σw as the sample size. With every weight ≤ 1 that never
/// exceeds Kish's effective sample size (Σw)²/Σw², so the interval errs wide; and unlike Kish's, it
/// shrinks as a time-based half-life ages the labels, so stale estimates get wider intervals.
/// </remarks>
public sealed class PositiveRateEstimator
{
    private readonly ExponentialDecay decay;
    private readonly double z;
    private double weightSum;
    private double positiveWeight;

    /// <summary>Creates an estimator with no labels.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public PositiveRateEstimator(PositiveRateEstimatorOptions? options = null)
        : this(options ?? new PositiveRateEstimatorOptions(), null)
    {
    }

    private PositiveRateEstimator(PositiveRateEstimatorOptions options, PositiveRateEstimatorSnapshot? snapshot)
    {
        OptionChecks.ThrowIfAny(options.Validate("labels"), nameof(options));
        z = options.ConfidenceZ;
        decay = new ExponentialDecay(options.Decay, snapshot?.LastObservedAt);
        if (snapshot is not null)
        {
            if (!(snapshot.WeightSum >= 0) || !(snapshot.PositiveWeight >= 0) || snapshot.PositiveWeight > snapshot.WeightSum
                || double.IsInfinity(snapshot.WeightSum) || snapshot.LifetimePositives < 0 || snapshot.LifetimeNegatives < 0)
            {
                throw new ArgumentException("The snapshot's weights or counts are out of range.", nameof(snapshot));
            }

            weightSum = snapshot.WeightSum;
            positiveWeight = snapshot.PositiveWeight;
            LifetimePositives = snapshot.LifetimePositives;
            LifetimeNegatives = snapshot.LifetimeNegatives;
        }
    }

    /// <summary>The number of positive labels ever observed.</summary>
    public long LifetimePositives { get; private set; }

    /// <summary>The number of negative labels ever observed.</summary>
    public long LifetimeNegatives { get; private set; }

    /// <summary>The number of labels ever observed.</summary>
    public long LifetimeCount => LifetimePositives + LifetimeNegatives;

    /// <summary>Records one label.</summary>
    /// <param name="positive">The true label.</param>
    /// <param name="at">When it was observed; required when the half-life is a time.</param>
    public void Observe(bool positive, DateTimeOffset? at = null)
    {
        var factor = decay.BeforeObservation(at);
        weightSum = (weightSum * factor) + 1;
        positiveWeight = (positiveWeight * factor) + (positive ? 1 : 0);
        if (positive)
        {
            LifetimePositives++;
        }
        else
        {
            LifetimeNegatives++;
        }
    }

    /// <summary>Decays the weights for the time passed up to <paramref name="now"/> (time-based half-life only).</summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        var factor = decay.AdvanceTo(now);
        weightSum *= factor;
        positiveWeight *= factor;
    }

    /// <summary>The current estimate, or <see langword="null"/> before the first label.</summary>
    public RateEstimate? Estimate()
    {
        if (!(weightSum > 0))
        {
            return null;
        }

        var rate = Math.Clamp(positiveWeight / weightSum, 0, 1);
        var (lower, upper) = WilsonInterval.Compute(rate, weightSum, z);
        return new RateEstimate(rate, RateSource.Labels, weightSum, LifetimeCount, lower, upper);
    }

    /// <summary>Copies the state out as a plain record.</summary>
    public PositiveRateEstimatorSnapshot ToSnapshot() =>
        new(weightSum, positiveWeight, LifetimePositives, LifetimeNegatives, decay.LastTime);

    /// <summary>Rebuilds an estimator from a snapshot.</summary>
    /// <param name="options">The options to run with.</param>
    /// <param name="snapshot">The state to restore.</param>
    public static PositiveRateEstimator FromSnapshot(PositiveRateEstimatorOptions options, PositiveRateEstimatorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(snapshot);
        return new PositiveRateEstimator(options, snapshot);
    }
}
