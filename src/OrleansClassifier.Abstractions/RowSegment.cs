namespace OrleansClassifier.Abstractions;

/// <summary>Consecutive rows of an <see cref="InferenceRequest"/> that belong to one client request.</summary>
/// <param name="Tenant">The tenant (fair batching shares device batches between tenants).</param>
/// <param name="Rows">How many rows.</param>
/// <param name="Deadline">When the client stops waiting; rows past it are dropped before inference.</param>
[GenerateSerializer, Immutable, Alias("oc.RowSegment")]
public sealed record RowSegment(
    [property: Id(0)] string Tenant,
    [property: Id(1)] int Rows,
    [property: Id(2)] DateTimeOffset? Deadline);
