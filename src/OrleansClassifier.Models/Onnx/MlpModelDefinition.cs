using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Onnx;

/// <summary>Everything <see cref="OnnxModelWriter"/> needs to write a multi-layer perceptron.</summary>
internal sealed record MlpModelDefinition
{
    /// <summary>The graph name.</summary>
    public required string GraphName { get; init; }

    /// <summary>The input tensor, float [batch, FeatureCount]. The default value is "features".</summary>
    public string InputName { get; init; } = "features";

    /// <summary>The output tensor, float [batch, last layer width].</summary>
    public required string OutputName { get; init; }

    /// <summary>The layers, input side first.</summary>
    public required IReadOnlyList<OnnxDenseLayer> Layers { get; init; }

    /// <summary>
    /// Optional standardisation baked into the graph as Sub(mean) then Mul(scale), so the model takes
    /// raw features. Either both or neither of <see cref="Mean"/> and <see cref="Scale"/> are set.
    /// </summary>
    public IReadOnlyList<float>? Mean { get; init; }

    /// <summary>The per-feature multiplier applied after subtracting <see cref="Mean"/>, usually 1 / std.</summary>
    public IReadOnlyList<float>? Scale { get; init; }

    /// <summary>How dense layers are spelled. The default value is <see cref="DenseOperator.MatMulAdd"/>.</summary>
    public DenseOperator DenseOperator { get; init; } = DenseOperator.MatMulAdd;

    /// <summary>ModelProto.model_version. The default value is 1.</summary>
    public long ModelVersion { get; init; } = 1;

    /// <summary>ModelProto.doc_string, when set.</summary>
    public string? DocString { get; init; }

    /// <summary>metadata_props, written in this order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];

    /// <summary>Creates the definition of a trained network, its standardisation folded in.</summary>
    public static MlpModelDefinition FromNetwork(
        MlpNetwork network,
        string graphName,
        string outputName,
        IReadOnlyList<KeyValuePair<string, string>> metadata,
        LayerActivation? lastActivation = null)
    {
        var layers = new OnnxDenseLayer[network.Layers.Count];
        for (var i = 0; i < layers.Length; i++)
        {
            layers[i] = OnnxDenseLayer.From(network.Layers[i], i == layers.Length - 1 ? lastActivation : null);
        }

        return new MlpModelDefinition
        {
            GraphName = graphName,
            OutputName = outputName,
            Layers = layers,
            Mean = network.Standardization.Mean.Select(m => (float)m).ToArray(),
            Scale = network.Standardization.Scale.Select(s => (float)s).ToArray(),
            Metadata = metadata,
        };
    }
}
