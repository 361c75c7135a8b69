namespace OrleansClassifier.Abstractions;

/// <summary>
/// Rows of features for one model version, packed row-major. The front-end coalesces concurrent requests
/// (of any tenants) into one call: each keeps its own <see cref="RowSegment"/>, so the grain can batch fairly,
/// honour each deadline and fail one segment without failing the others.
/// </summary>
/// <param name="Features">Rows × feature-count values.</param>
/// <param name="Rows">The number of rows (the sum of the segments' rows).</param>
/// <param name="Segments">The requests the rows belong to, in row order.</param>
[GenerateSerializer, Immutable, Alias("oc.InferenceRequest")]
public sealed record InferenceRequest(
    [property: Id(0)] float[] Features,
    [property: Id(1)] int Rows,
    [property: Id(2)] RowSegment[] Segments)
{
    /// <summary>A request of one segment.</summary>
    public static InferenceRequest Single(float[] features, int rows, string tenant, DateTimeOffset? deadline = null) =>
        new(features, rows, [new RowSegment(tenant, rows, deadline)]);
}
