namespace OrleansClassifier.Models.Training;

/// <summary>The function applied after a dense layer's affine map.</summary>
internal enum LayerActivation
{
    /// <summary>Identity: the layer emits its affine output (logits, for a last layer).</summary>
    None = 0,

    /// <summary>max(0, x).</summary>
    Relu = 1,

    /// <summary>1 / (1 + exp(-x)), element-wise.</summary>
    Sigmoid = 2,

    /// <summary>exp(x) / sum(exp(x)) over the last axis.</summary>
    Softmax = 3,
}
