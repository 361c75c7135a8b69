using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>What a threshold policy computes from. Policies only read it.</summary>
/// <param name="Rate">The running positive-class rate, when there is one.</param>
/// <param name="Outcomes">Recent labelled outcomes with their scores, when there are any.</param>
/// <param name="Scores">Recent scores, when there are any.</param>
public sealed record ThresholdStatistics(RateEstimate? Rate, LabelledScoreSummary? Outcomes, ScoreHistogram? Scores)
{
    /// <summary>No statistics at all.</summary>
    public static ThresholdStatistics Empty { get; } = new(null, null, null);
}
