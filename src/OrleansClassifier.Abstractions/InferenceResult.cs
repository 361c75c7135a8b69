namespace OrleansClassifier.Abstractions;

/// <summary>Class probabilities for the rows of an <see cref="InferenceRequest"/>, in its row order.</summary>
/// <param name="Probabilities">Rows × <paramref name="Classes"/> values, row-major (zeros for failed segments).</param>
/// <param name="Rows">The number of rows.</param>
/// <param name="Classes">The probability columns per row (2 for binary models: [1 − p, p]).</param>
/// <param name="SegmentErrors">Per segment, null when it succeeded, else why it was refused; null when all succeeded.</param>
[GenerateSerializer, Immutable, Alias("oc.InferenceResult")]
public sealed record InferenceResult(
    [property: Id(0)] float[] Probabilities,
    [property: Id(1)] int Rows,
    [property: Id(2)] int Classes,
    [property: Id(3)] InferenceRejection?[]? SegmentErrors = null);
