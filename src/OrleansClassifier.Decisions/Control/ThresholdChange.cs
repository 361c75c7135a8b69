using OrleansClassifier.Decisions.Estimators;

namespace OrleansClassifier.Decisions.Control;

/// <summary>One change of a tenant's decision parameters, kept so the reason can be read back.</summary>
/// <param name="Version">The version the change produced.</param>
/// <param name="OldThreshold">The threshold before.</param>
/// <param name="NewThreshold">The threshold after.</param>
/// <param name="Policy">The policy that set the new threshold.</param>
/// <param name="Reason">Why, in words: the policy's reason plus any clamp or step limit applied.</param>
/// <param name="Rate">The positive-rate estimate at the time, if any.</param>
/// <param name="RateSource">Where that estimate came from.</param>
/// <param name="LabelledObservations">Labels observed so far (lifetime).</param>
/// <param name="ScoredObservations">Scores observed so far (lifetime).</param>
/// <param name="At">When the change was made, as passed in by the caller.</param>
public sealed record ThresholdChange(
    long Version,
    float OldThreshold,
    float NewThreshold,
    string Policy,
    string Reason,
    double? Rate,
    RateSource RateSource,
    long LabelledObservations,
    long ScoredObservations,
    DateTimeOffset At);
