namespace OrleansClassifier.Decisions.Estimators;

/// <summary>The outcome of the EM prior estimate.</summary>
/// <param name="Rate">The estimated positive rate r.</param>
/// <param name="MeanScore">The plain weighted mean of the scores (EM's first iterate; biased toward π under label shift).</param>
/// <param name="Iterations">The EM iterations run.</param>
/// <param name="Converged">Whether the last iteration moved r by less than the tolerance.</param>
public readonly record struct PriorEstimate(double Rate, double MeanScore, int Iterations, bool Converged);
