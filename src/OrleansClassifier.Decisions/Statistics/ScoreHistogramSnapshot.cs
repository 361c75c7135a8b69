namespace OrleansClassifier.Decisions.Statistics;

/// <summary>The persisted state of a <see cref="ScoreHistogram"/>.</summary>
/// <param name="Weights">The decayed weight of each bin, lowest scores first.</param>
/// <param name="LifetimeCount">The number of scores ever added, undecayed.</param>
public sealed record ScoreHistogramSnapshot(double[] Weights, long LifetimeCount);
