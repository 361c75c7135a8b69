namespace OrleansClassifier.Abstractions.Thresholds;

/// <summary>A tenant's choice of policy: its name and numeric parameters (names as in the API).</summary>
/// <param name="Name">The policy name, for example <c>imbalance_midpoint</c>, or <c>class_prior</c> for multi-class reweighting.</param>
/// <param name="Parameters">The parameters; those left out keep their defaults.</param>
[GenerateSerializer, Immutable, Alias("oc.ThresholdPolicySpec")]
public sealed record ThresholdPolicySpec(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyDictionary<string, double> Parameters)
{
    /// <summary>The multi-class policy: reweight the softmax by fixed class rates <c>class_rate.k</c> before argmax.</summary>
    public const string ClassPrior = "class_prior";

    /// <summary>The default: <c>imbalance_midpoint</c> with the model's π.</summary>
    public static ThresholdPolicySpec Default { get; } = new("imbalance_midpoint", new Dictionary<string, double>());
}
