namespace OrleansClassifier.Decisions.Statistics;

/// <summary>
/// Recent labelled outcomes as two decayed score histograms, one per class: the bounded summary from
/// which the label-driven policies (<c>max_f_beta</c>, <c>target_precision</c>, <c>target_recall</c>) sweep thresholds.
/// </summary>
public sealed class LabelledScoreSummary
{
    private readonly ExponentialDecay decay;

    /// <summary>Creates an empty summary.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public LabelledScoreSummary(LabelledScoreSummaryOptions? options = null)
        : this(options ?? new LabelledScoreSummaryOptions(), null)
    {
    }

    private LabelledScoreSummary(LabelledScoreSummaryOptions options, LabelledScoreSummarySnapshot? snapshot)
    {
        OptionChecks.ThrowIfAny(options.Validate("outcomes"), nameof(options));
        decay = new ExponentialDecay(options.Decay, snapshot?.LastObservedAt);
        Negatives = snapshot is null ? new ScoreHistogram(options.BinCount) : ScoreHistogram.FromSnapshot(snapshot.Negatives);
        Positives = snapshot is null ? new ScoreHistogram(options.BinCount) : ScoreHistogram.FromSnapshot(snapshot.Positives);
        if (Negatives.BinCount != options.BinCount || Positives.BinCount != options.BinCount)
        {
            throw new ArgumentException("The snapshot's bin counts differ from outcomes.bin_count.", nameof(snapshot));
        }
    }

    /// <summary>The scores of outcomes labelled 0 (read them; add through <see cref="Observe"/>).</summary>
    public ScoreHistogram Negatives { get; }

    /// <summary>The scores of outcomes labelled 1 (read them; add through <see cref="Observe"/>).</summary>
    public ScoreHistogram Positives { get; }

    /// <summary>The number of outcomes ever observed, undecayed.</summary>
    public long LifetimeCount => Negatives.LifetimeCount + Positives.LifetimeCount;

    /// <summary>The number of bins per class.</summary>
    public int BinCount => Positives.BinCount;

    /// <summary>Records one outcome: the score the model gave and the true label.</summary>
    /// <param name="score">The score, in [0, 1].</param>
    /// <param name="positive">The true label.</param>
    /// <param name="at">When it was observed; required when the half-life is a time.</param>
    public void Observe(double score, bool positive, DateTimeOffset? at = null)
    {
        _ = Positives.BinOf(score);
        var factor = decay.BeforeObservation(at);
        Negatives.Decay(factor);
        Positives.Decay(factor);
        (positive ? Positives : Negatives).Add(score);
    }

    /// <summary>Decays the weights for the time passed up to <paramref name="now"/> (time-based half-life only).</summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        var factor = decay.AdvanceTo(now);
        Negatives.Decay(factor);
        Positives.Decay(factor);
    }

    /// <summary>Copies the state out as a plain record.</summary>
    public LabelledScoreSummarySnapshot ToSnapshot() => new(Negatives.ToSnapshot(), Positives.ToSnapshot(), decay.LastTime);

    /// <summary>Rebuilds a summary from a snapshot.</summary>
    /// <param name="options">The options; the bin count must match the snapshot's.</param>
    /// <param name="snapshot">The state to restore.</param>
    public static LabelledScoreSummary FromSnapshot(LabelledScoreSummaryOptions options, LabelledScoreSummarySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(snapshot);
        return new LabelledScoreSummary(options, snapshot);
    }
}
