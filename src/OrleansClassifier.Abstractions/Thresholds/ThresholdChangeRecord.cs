namespace OrleansClassifier.Abstractions.Thresholds;

/// <summary>One versioned change of a tenant's threshold and why it was made.</summary>
/// <param name="Version">The version the change produced.</param>
/// <param name="OldThreshold">The threshold before.</param>
/// <param name="NewThreshold">The threshold after.</param>
/// <param name="Policy">The policy that made it.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Rate">The positive-rate estimate then, if any.</param>
/// <param name="RateSource"><c>labels</c>, <c>scores</c> or <c>none</c>.</param>
/// <param name="LabelledObservations">Labels seen so far.</param>
/// <param name="ScoredObservations">Scores seen so far.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable, Alias("oc.ThresholdChangeRecord")]
public sealed record ThresholdChangeRecord(
    [property: Id(0)] long Version,
    [property: Id(1)] float OldThreshold,
    [property: Id(2)] float NewThreshold,
    [property: Id(3)] string Policy,
    [property: Id(4)] string Reason,
    [property: Id(5)] double? Rate,
    [property: Id(6)] string RateSource,
    [property: Id(7)] long LabelledObservations,
    [property: Id(8)] long ScoredObservations,
    [property: Id(9)] DateTimeOffset At);
