namespace OrleansClassifier.Abstractions.Thresholds;

/// <summary>The decision parameters of a tenant and model, as pushed to front-ends.</summary>
/// <param name="Tenant">The tenant.</param>
/// <param name="Model">The model name.</param>
/// <param name="Threshold">The binary threshold: label 1 when p &gt; threshold.</param>
/// <param name="Policy">The policy that set it.</param>
/// <param name="Version">The version; it only rises.</param>
/// <param name="ClassRates">Multi-class models: the class rates r_k to reweight the softmax by before argmax, or <see langword="null"/>.</param>
[GenerateSerializer, Immutable, Alias("oc.ThresholdUpdate")]
public sealed record ThresholdUpdate(
    [property: Id(0)] string Tenant,
    [property: Id(1)] string Model,
    [property: Id(2)] float Threshold,
    [property: Id(3)] string Policy,
    [property: Id(4)] long Version,
    [property: Id(5)] double[]? ClassRates);
