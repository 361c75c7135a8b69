using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Estimators;

/// <summary>
/// The positive-class rate from scores alone, where no labels arrive: a decayed score histogram and the
/// EM prior estimate of Saerens, Latinne and Decaestecker (2002) run over its bin centres. The plain
/// mean of the scores is not used as the estimate: under label shift it stays biased toward π.
/// </summary>
public sealed class ScorePriorEstimator
{
    private readonly ExponentialDecay decay;
    private readonly ScorePriorEstimatorOptions options;

    /// <summary>Creates an estimator with no scores.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ScorePriorEstimator(ScorePriorEstimatorOptions? options = null)
        : this(options ?? new ScorePriorEstimatorOptions(), null)
    {
    }

    private ScorePriorEstimator(ScorePriorEstimatorOptions options, ScorePriorEstimatorSnapshot? snapshot)
    {
        OptionChecks.ThrowIfAny(options.Validate("scores"), nameof(options));
        this.options = options;
        decay = new ExponentialDecay(options.Decay, snapshot?.LastObservedAt);
        Scores = snapshot is null ? new ScoreHistogram(options.BinCount) : ScoreHistogram.FromSnapshot(snapshot.Scores);
        if (Scores.BinCount != options.BinCount)
        {
            throw new ArgumentException("The snapshot's bin count differs from scores.bin_count.", nameof(snapshot));
        }
    }

    /// <summary>The decayed histogram of recent scores (read it; add through <see cref="Observe"/>). The <c>alert_rate</c> policy reads it too.</summary>
    public ScoreHistogram Scores { get; }

    /// <summary>The number of scores ever observed, undecayed.</summary>
    public long LifetimeCount => Scores.LifetimeCount;

    /// <summary>Records one score.</summary>
    /// <param name="score">The model's positive-class probability, in [0, 1].</param>
    /// <param name="at">When it was observed; required when the half-life is a time.</param>
    public void Observe(double score, DateTimeOffset? at = null)
    {
        _ = Scores.BinOf(score);
        Scores.Decay(decay.BeforeObservation(at));
        Scores.Add(score);
    }

    /// <summary>Decays the weights for the time passed up to <paramref name="now"/> (time-based half-life only).</summary>
    public void AdvanceTo(DateTimeOffset now) => Scores.Decay(decay.AdvanceTo(now));

    /// <summary>Runs EM over the histogram; <see langword="null"/> before the first score.</summary>
    public PriorEstimate? EstimatePrior()
    {
        var centres = new List<double>();
        var weights = new List<double>();
        for (var k = 0; k < Scores.BinCount; k++)
        {
            var weight = Scores.WeightAt(k);
            if (weight > 0)
            {
                centres.Add(Scores.BinCentre(k));
                weights.Add(weight);
            }
        }

        if (centres.Count == 0)
        {
            return null;
        }

        return PriorEm.Estimate(
            centres.ToArray(), weights.ToArray(), options.TrainingPositiveRate, options.Tolerance, options.MaxIterations);
    }

    /// <summary>The EM estimate as a <see cref="RateEstimate"/> (no interval), or <see langword="null"/> before the first score.</summary>
    public RateEstimate? Estimate() =>
        EstimatePrior() is { } prior
            ? new RateEstimate(prior.Rate, RateSource.Scores, Scores.TotalWeight, LifetimeCount, null, null)
            : null;

    /// <summary>Copies the state out as a plain record.</summary>
    public ScorePriorEstimatorSnapshot ToSnapshot() => new(Scores.ToSnapshot(), decay.LastTime);

    /// <summary>Rebuilds an estimator from a snapshot.</summary>
    /// <param name="options">The options; the bin count must match the snapshot's.</param>
    /// <param name="snapshot">The state to restore.</param>
    public static ScorePriorEstimator FromSnapshot(ScorePriorEstimatorOptions options, ScorePriorEstimatorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ScorePriorEstimator(options, snapshot);
    }
}
