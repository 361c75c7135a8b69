using Google.Protobuf;
using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Onnx;

/// <summary>Writes <see cref="MlpModelDefinition"/>s as ONNX models (IR 8, opset 17).</summary>
internal static class OnnxModelWriter
{
    /// <summary>ModelProto.producer_name of every model written here.</summary>
    public const string ProducerName = "OrleansClassifier.Models";

    /// <summary>
    /// ModelProto.producer_version. A constant rather than the assembly version, so a rebuild does not
    /// change the bytes of an otherwise identical model.
    /// </summary>
    public const string ProducerVersion = "1";

    public static ModelProto CreateModel(MlpModelDefinition definition)
    {
        Validate(definition);
        var builder = new OnnxGraphBuilder(definition.GraphName);
        var featureCount = definition.Layers[0].Inputs;
        var current = builder.AddInput(definition.InputName, featureCount);

        if (definition.Mean is not null && definition.Scale is not null)
        {
            var mean = builder.AddInitializer("standardize.mean", definition.Mean.ToArray(), featureCount);
            var scale = builder.AddInitializer("standardize.scale", definition.Scale.ToArray(), featureCount);
            current = builder.AddNode("Sub", [current, mean], "standardize.centered");
            current = builder.AddNode("Mul", [current, scale], "standardize.output");
        }

        for (var i = 0; i < definition.Layers.Count; i++)
        {
            var layer = definition.Layers[i];
            var isLast = i == definition.Layers.Count - 1;
            var prefix = $"dense{i}";
            var weights = builder.AddInitializer($"{prefix}.weight", layer.Weights, layer.Inputs, layer.Outputs);
            var bias = builder.AddInitializer($"{prefix}.bias", layer.Bias, layer.Outputs);
            var linearName = isLast && layer.Activation == LayerActivation.None ? definition.OutputName : $"{prefix}.linear";
            if (definition.DenseOperator == DenseOperator.Gemm)
            {
                current = builder.AddNode("Gemm", [current, weights, bias], linearName);
            }
            else
            {
                var product = builder.AddNode("MatMul", [current, weights], $"{prefix}.matmul");
                current = builder.AddNode("Add", [product, bias], linearName);
            }

            var activationName = isLast ? definition.OutputName : $"{prefix}.{layer.Activation.ToString().ToLowerInvariant()}";
            current = layer.Activation switch
            {
                LayerActivation.None => current,
                LayerActivation.Relu => builder.AddNode("Relu", [current], activationName),
                LayerActivation.Sigmoid => builder.AddNode("Sigmoid", [current], activationName),
                LayerActivation.Softmax => builder.AddNode(
                    "Softmax", [current], activationName, OnnxGraphBuilder.IntAttribute("axis", -1)),
                _ => throw new ArgumentOutOfRangeException(nameof(definition), layer.Activation, "Unknown activation."),
            };
        }

        builder.AddOutput(definition.OutputName, definition.Layers[^1].Outputs);
        return builder.BuildModel(ProducerName, ProducerVersion, definition.ModelVersion, definition.DocString, definition.Metadata);
    }

    /// <summary>The serialised model; the same definition always gives the same bytes.</summary>
    public static byte[] Serialize(MlpModelDefinition definition) => CreateModel(definition).ToByteArray();

    /// <summary>Writes the model to <paramref name="path"/>, creating its directory.</summary>
    public static void Write(string path, MlpModelDefinition definition)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(path, Serialize(definition));
    }

    private static void Validate(MlpModelDefinition definition)
    {
        if (definition.Layers.Count == 0)
        {
            throw new ArgumentException("A model needs at least one layer.", nameof(definition));
        }

        var featureCount = definition.Layers[0].Inputs;
        if ((definition.Mean is null) != (definition.Scale is null))
        {
            throw new ArgumentException("Set both Mean and Scale, or neither.", nameof(definition));
        }

        if (definition.Mean is not null && (definition.Mean.Count != featureCount || definition.Scale!.Count != featureCount))
        {
            throw new ArgumentException($"Mean and Scale need {featureCount} values.", nameof(definition));
        }

        for (var i = 0; i < definition.Layers.Count; i++)
        {
            var layer = definition.Layers[i];
            if (layer.Weights.Length != layer.Inputs * layer.Outputs || layer.Bias.Length != layer.Outputs)
            {
                throw new ArgumentException($"Layer {i} has parameters of the wrong size.", nameof(definition));
            }

            if (i > 0 && layer.Inputs != definition.Layers[i - 1].Outputs)
            {
                throw new ArgumentException($"Layer {i} takes {layer.Inputs} inputs but gets {definition.Layers[i - 1].Outputs}.", nameof(definition));
            }
        }
    }
}
