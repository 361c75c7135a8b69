namespace OrleansClassifier.Abstractions.Thresholds;

/// <summary>What a threshold grain can say about itself.</summary>
/// <param name="Current">The parameters in force.</param>
/// <param name="Policy">The policy chosen, with its parameters.</param>
/// <param name="TrainingPositiveRate">The model's π the policies use.</param>
/// <param name="Rate">The positive-rate estimate the policies see, if any.</param>
/// <param name="RateSource"><c>labels</c>, <c>scores</c> or <c>none</c>.</param>
/// <param name="RateLower">The lower end of its confidence interval, when it has one.</param>
/// <param name="RateUpper">The upper end of its confidence interval, when it has one.</param>
/// <param name="LabelledObservations">Lifetime labels.</param>
/// <param name="PositiveLabels">Lifetime positive labels.</param>
/// <param name="ScoredObservations">Lifetime scores.</param>
/// <param name="ScorePrior">The EM estimate of the positive rate from scores alone, if there are scores.</param>
/// <param name="History">The last changes, oldest first.</param>
[GenerateSerializer, Immutable, Alias("oc.ThresholdStatus")]
public sealed record ThresholdStatus(
    [property: Id(0)] ThresholdUpdate Current,
    [property: Id(1)] ThresholdPolicySpec Policy,
    [property: Id(2)] double TrainingPositiveRate,
    [property: Id(3)] double? Rate,
    [property: Id(4)] string RateSource,
    [property: Id(5)] double? RateLower,
    [property: Id(6)] double? RateUpper,
    [property: Id(7)] long LabelledObservations,
    [property: Id(8)] long PositiveLabels,
    [property: Id(9)] long ScoredObservations,
    [property: Id(10)] double? ScorePrior,
    [property: Id(11)] ThresholdChangeRecord[] History);
