using OrleansClassifier.Abstractions;

namespace OrleansClassifier.Server.Dispatch;

/// <summary>What a client request got back from its (possibly shared) grain call: probabilities or a rejection.</summary>
/// <param name="Probabilities">Rows × classes probabilities; empty when rejected.</param>
/// <param name="Classes">The probability columns per row.</param>
/// <param name="Rejection">Why the rows were refused, or null.</param>
internal sealed record SegmentOutcome(float[] Probabilities, int Classes, InferenceRejection? Rejection);
