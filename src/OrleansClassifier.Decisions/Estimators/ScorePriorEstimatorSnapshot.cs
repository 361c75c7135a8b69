using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Estimators;

/// <summary>The persisted state of a <see cref="ScorePriorEstimator"/>.</summary>
/// <param name="Scores">The decayed score histogram.</param>
/// <param name="LastObservedAt">The latest time seen, for a time-based half-life; otherwise <see langword="null"/>.</param>
public sealed record ScorePriorEstimatorSnapshot(ScoreHistogramSnapshot Scores, DateTimeOffset? LastObservedAt);
