namespace OrleansClassifier.Models.DecisionBenchmark;

/// <summary>A trained model's held-out scores, split by true class, and the positive rate it was trained at.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Description">How the model and pool were made.</param>
/// <param name="TrainingPositiveRate">π of the model's training data.</param>
/// <param name="Negatives">Scores of negative rows.</param>
/// <param name="Positives">Scores of positive rows.</param>
internal sealed record ScorePool(string Name, string Description, double TrainingPositiveRate, float[] Negatives, float[] Positives);
