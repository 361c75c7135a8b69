namespace OrleansClassifier.Decisions.Estimators;

/// <summary>A running estimate of the positive-class rate r.</summary>
/// <param name="Rate">The estimate, in [0, 1].</param>
/// <param name="Source">Whether it came from labels or from scores.</param>
/// <param name="EffectiveCount">The decayed number of observations behind it (the sum of their weights).</param>
/// <param name="LifetimeCount">The number of observations ever made, undecayed.</param>
/// <param name="Lower">The lower end of the confidence interval, when the source has one (labels: Wilson).</param>
/// <param name="Upper">The upper end of the confidence interval, when the source has one.</param>
public readonly record struct RateEstimate(
    double Rate,
    RateSource Source,
    double EffectiveCount,
    long LifetimeCount,
    double? Lower,
    double? Upper);
