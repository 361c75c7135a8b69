namespace OrleansClassifier.Abstractions.Thresholds;

/// <summary>What a front-end aggregated for one tenant and model since its last flush.</summary>
/// <param name="TrainingPositiveRate">The model's training positive rate π (0.5 when its config has none).</param>
/// <param name="Scores">Predicted positive-class scores.</param>
/// <param name="OutcomeLabels">Reported true labels (true: positive).</param>
/// <param name="OutcomeScores">The score of each reported outcome's prediction; NaN where unknown.</param>
/// <param name="Subscriber">The front-end's observer, renewed with the flush; <see langword="null"/> for none.</param>
[GenerateSerializer, Immutable, Alias("oc.ThresholdObservations")]
public sealed record ThresholdObservations(
    [property: Id(0)] double TrainingPositiveRate,
    [property: Id(1)] float[] Scores,
    [property: Id(2)] bool[] OutcomeLabels,
    [property: Id(3)] float[] OutcomeScores,
    [property: Id(4)] IThresholdObserver? Subscriber);
