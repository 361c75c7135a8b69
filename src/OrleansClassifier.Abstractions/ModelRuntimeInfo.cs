namespace OrleansClassifier.Abstractions;

/// <summary>What a model grain's session runs on.</summary>
/// <param name="ModelKey">The grain key, <c>name/version</c>.</param>
/// <param name="Provider">The execution provider: <c>CUDA</c> or <c>CPU</c>.</param>
/// <param name="FeatureCount">Features per row.</param>
/// <param name="Classes">Probability columns per row.</param>
/// <param name="Silo">The silo the grain is active on.</param>
[GenerateSerializer, Immutable, Alias("oc.ModelRuntimeInfo")]
public sealed record ModelRuntimeInfo(
    [property: Id(0)] string ModelKey,
    [property: Id(1)] string Provider,
    [property: Id(2)] int FeatureCount,
    [property: Id(3)] int Classes,
    [property: Id(4)] string Silo);
