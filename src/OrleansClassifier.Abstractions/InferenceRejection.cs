namespace OrleansClassifier.Abstractions;

/// <summary>A segment refused without inference.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Message">What happened, for the client.</param>
[GenerateSerializer, Immutable, Alias("oc.InferenceRejection")]
public sealed record InferenceRejection(
    [property: Id(0)] RejectionReason Reason,
    [property: Id(1)] string Message);
