namespace OrleansClassifier.Models;

/// <summary>One model written by <see cref="DemoModels"/>.</summary>
public sealed class DemoModelSummary
{
    /// <summary>The model name: its folder in the model repository.</summary>
    public required string Name { get; init; }

    /// <summary>The model version: the folder that holds <c>model.onnx</c>.</summary>
    public required int Version { get; init; }

    /// <summary>The full path of the written <c>model.onnx</c>.</summary>
    public required string ModelPath { get; init; }

    /// <summary>The full path of the written <c>config.json</c>.</summary>
    public required string ConfigPath { get; init; }

    /// <summary>
    /// Accuracy on the held-out test split, computed with the single-precision weights that were written;
    /// <see langword="null"/> for a model that was not trained.
    /// </summary>
    public double? TestAccuracy { get; init; }

    /// <summary>Rows in the held-out test split; 0 for a model that was not trained.</summary>
    public int TestRows { get; init; }

    /// <summary>Rows the model was trained on; 0 for a model that was not trained.</summary>
    public int TrainRows { get; init; }
}
