namespace OrleansClassifier.Inference;

/// <summary>A model of the repository and its versions, newest last.</summary>
/// <param name="Name">The model's name.</param>
/// <param name="Versions">Its versions, in ascending order.</param>
/// <param name="NotReadyReason">A problem of the whole model (its config), or null.</param>
public sealed record ModelEntry(string Name, IReadOnlyList<ModelDescriptor> Versions, string? NotReadyReason)
{
    /// <summary>The newest ready version, which unpinned requests get; null when none is ready.</summary>
    public ModelDescriptor? DefaultVersion => Versions.LastOrDefault(v => v.Ready);

    /// <summary>Whether a version is ready.</summary>
    public bool Ready => DefaultVersion is not null;

    /// <summary>Why nothing of this model is ready (null when a version is).</summary>
    public string? Reason => Ready
        ? null
        : NotReadyReason ?? Versions.LastOrDefault()?.NotReadyReason ?? "no version folder holds a model.onnx";
}
