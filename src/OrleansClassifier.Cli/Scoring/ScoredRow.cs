using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Cli.Scoring;

/// <summary>An input row and what the service answered for it: a prediction, or the error of its request.</summary>
internal sealed record ScoredRow(ScoringRow Input, Prediction? Prediction, string? Error, long ModelVersion);
