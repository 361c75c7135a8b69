using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Control;

/// <summary>All the state of a <see cref="ThresholdController"/> as plain records, for a grain to persist.</summary>
/// <param name="Threshold">The current threshold.</param>
/// <param name="Policy">The name of the policy that set it.</param>
/// <param name="Version">The current version.</param>
/// <param name="History">The kept changes, oldest first.</param>
/// <param name="Labels">The label-rate estimator.</param>
/// <param name="Scores">The score-prior estimator.</param>
/// <param name="Outcomes">The labelled-score summary.</param>
public sealed record ThresholdControllerSnapshot(
    float Threshold,
    string Policy,
    long Version,
    ThresholdChange[] History,
    PositiveRateEstimatorSnapshot Labels,
    ScorePriorEstimatorSnapshot Scores,
    LabelledScoreSummarySnapshot Outcomes);
