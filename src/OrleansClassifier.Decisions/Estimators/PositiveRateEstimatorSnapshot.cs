namespace OrleansClassifier.Decisions.Estimators;

/// <summary>The persisted state of a <see cref="PositiveRateEstimator"/>.</summary>
/// <param name="WeightSum">The decayed weight of all labels.</param>
/// <param name="PositiveWeight">The decayed weight of the positive labels.</param>
/// <param name="LifetimePositives">The number of positive labels ever observed.</param>
/// <param name="LifetimeNegatives">The number of negative labels ever observed.</param>
/// <param name="LastObservedAt">The latest time seen, for a time-based half-life; otherwise <see langword="null"/>.</param>
public sealed record PositiveRateEstimatorSnapshot(
    double WeightSum,
    double PositiveWeight,
    long LifetimePositives,
    long LifetimeNegatives,
    DateTimeOffset? LastObservedAt);
