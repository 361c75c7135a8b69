namespace OrleansClassifier.Grains.Placement;

/// <summary>
/// The silo metadata that marks a silo as able to run inference (configuration
/// <c>Orleans:Metadata:accelerator</c>, environment <c>ORLEANS__METADATA__accelerator</c>).
/// </summary>
public static class AcceleratorMetadata
{
    /// <summary>The metadata key.</summary>
    public const string Key = "accelerator";

    /// <summary>The value of an inference-capable silo.</summary>
    public const string Enabled = "true";
}
