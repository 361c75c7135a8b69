namespace OrleansClassifier.Grains.Thresholds;

/// <summary>What a threshold grain persists: the policy choice, π and the controller's snapshot (JSON).</summary>
[GenerateSerializer, Alias("oc.TenantThresholdState")]
internal sealed class TenantThresholdState
{
    [Id(0)]
    public string PolicyName { get; set; } = "imbalance_midpoint";

    [Id(1)]
    public Dictionary<string, double> PolicyParameters { get; set; } = [];

    [Id(2)]
    public double? TrainingPositiveRate { get; set; }

    [Id(3)]
    public string? ControllerJson { get; set; }
}
