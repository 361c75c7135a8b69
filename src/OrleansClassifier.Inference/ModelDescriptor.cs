namespace OrleansClassifier.Inference;

/// <summary>One version of a model in the repository, ready or not.</summary>
public sealed record ModelDescriptor
{
    /// <summary>The model's name (its folder in the repository).</summary>
    public required string Name { get; init; }

    /// <summary>The version (its numeric folder).</summary>
    public required long Version { get; init; }

    /// <summary>The path of <c>model.onnx</c>.</summary>
    public required string ModelPath { get; init; }

    /// <summary>The parsed config; null when the config itself is broken.</summary>
    public ModelConfig? Config { get; init; }

    /// <summary>The graph's input tensor name (set when ready).</summary>
    public string InputName { get; init; } = string.Empty;

    /// <summary>The graph's output tensor name (set when ready).</summary>
    public string OutputName { get; init; } = string.Empty;

    /// <summary>The number of features per instance, from the graph's input shape.</summary>
    public int FeatureCount { get; init; }

    /// <summary>The number of columns of the graph's output (1 for a single-sigmoid binary model).</summary>
    public int OutputColumns { get; init; }

    /// <summary>Whether the version can serve.</summary>
    public bool Ready => NotReadyReason is null;

    /// <summary>Why the version cannot serve, with the path concerned; null when ready.</summary>
    public string? NotReadyReason { get; init; }

    /// <summary>The number of classes a prediction has probabilities for.</summary>
    public int ClassCount => Config?.ClassNames.Count ?? 0;

    /// <summary>The grain key of this version: <c>name/version</c>.</summary>
    public string Key => FormatKey(Name, Version);

    /// <summary>Formats a grain key from a model name and version.</summary>
    public static string FormatKey(string name, long version) => $"{name}/{version}";
}
