namespace OrleansClassifier.Abstractions;

/// <summary>Rows of features for one model version, packed row-major.</summary>
/// <param name="Features">Rows × feature-count values.</param>
/// <param name="Rows">The number of rows.</param>
/// <param name="Tenant">The tenant the rows belong to (for fair batching and accounting).</param>
[GenerateSerializer, Immutable, Alias("oc.InferenceRequest")]
public sealed record InferenceRequest(
    [property: Id(0)] float[] Features,
    [property: Id(1)] int Rows,
    [property: Id(2)] string Tenant);
