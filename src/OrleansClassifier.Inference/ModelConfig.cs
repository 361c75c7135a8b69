namespace OrleansClassifier.Inference;

/// <summary>A model's <c>config.json</c>, parsed and validated.</summary>
/// <param name="Task">Binary or multi-class.</param>
/// <param name="Output">Whether the graph outputs probabilities or logits.</param>
/// <param name="InputName">The input tensor's name; required only where the graph has more than one input.</param>
/// <param name="OutputName">The output tensor's name; required only where the graph has more than one output.</param>
/// <param name="ClassNames">One name per class (binary: the negative class, then the positive one).</param>
/// <param name="TrainingPositiveRate">The positive-class rate of the training data (binary models), when known.</param>
/// <param name="Description">Free text.</param>
/// <param name="Batching">The model's own batching knobs, or null for the service defaults.</param>
public sealed record ModelConfig(
    ModelTask Task,
    OutputKind Output,
    string? InputName,
    string? OutputName,
    IReadOnlyList<string> ClassNames,
    double? TrainingPositiveRate,
    string? Description,
    BatchingOverrides? Batching = null)
{
    /// <summary>The batching options in force for this model: its overrides over the service defaults.</summary>
    public BatchingOptions EffectiveBatching(BatchingOptions defaults) => Batching?.ApplyTo(defaults) ?? defaults;
}
