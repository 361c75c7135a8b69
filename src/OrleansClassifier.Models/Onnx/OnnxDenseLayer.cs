using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Onnx;

/// <summary>A dense layer as written to ONNX: row-major weights [Inputs, Outputs], bias [Outputs], an activation.</summary>
internal sealed record OnnxDenseLayer(int Inputs, int Outputs, float[] Weights, float[] Bias, LayerActivation Activation)
{
    /// <summary>The single-precision image of a trained layer.</summary>
    public static OnnxDenseLayer From(DenseLayer layer, LayerActivation? activation = null) =>
        new(
            layer.Inputs,
            layer.Outputs,
            layer.Weights.Select(w => (float)w).ToArray(),
            layer.Bias.Select(b => (float)b).ToArray(),
            activation ?? layer.Activation);
}
