namespace OrleansClassifier.Decisions.Statistics;

/// <summary>The persisted state of a <see cref="LabelledScoreSummary"/>.</summary>
/// <param name="Negatives">The scores of outcomes labelled 0.</param>
/// <param name="Positives">The scores of outcomes labelled 1.</param>
/// <param name="LastObservedAt">The latest time seen, for a time-based half-life; otherwise <see langword="null"/>.</param>
public sealed record LabelledScoreSummarySnapshot(
    ScoreHistogramSnapshot Negatives,
    ScoreHistogramSnapshot Positives,
    DateTimeOffset? LastObservedAt);
