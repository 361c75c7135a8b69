namespace OrleansClassifier.Abstractions.Thresholds;

/// <summary>The answer to a policy change: the errors (each naming its field), or the new status.</summary>
/// <param name="Errors">Empty when the policy was accepted.</param>
/// <param name="Status">The status after the change; <see langword="null"/> when it was refused.</param>
[GenerateSerializer, Immutable, Alias("oc.PolicyChangeResult")]
public sealed record PolicyChangeResult(
    [property: Id(0)] string[] Errors,
    [property: Id(1)] ThresholdStatus? Status);
