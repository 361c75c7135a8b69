using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace OrleansClassifier.Inference;

/// <summary>
/// Reads a graph's signature and checks it against its config: one float input [batch, F] with a
/// fixed F, one float output [batch, C] or [batch], and C consistent with the task and class names.
/// </summary>
public static class GraphInspector
{
    /// <summary>Opens the graph on the CPU provider and returns its signature.</summary>
    /// <exception cref="ModelConfigException">The file cannot be read or its shapes are unsupported.</exception>
    public static GraphSignature Inspect(string modelPath, ModelConfig config)
    {
        InferenceSession session;
        try
        {
            using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL };
            session = new InferenceSession(modelPath, options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new ModelConfigException($"ONNX Runtime cannot load the graph: {ex.Message}", ex);
        }

        using (session)
        {
            return Check(session.InputMetadata, session.OutputMetadata, config);
        }
    }

    /// <summary>Checks a session's metadata against the config.</summary>
    public static GraphSignature Check(
        IReadOnlyDictionary<string, NodeMetadata> inputs,
        IReadOnlyDictionary<string, NodeMetadata> outputs,
        ModelConfig config)
    {
        var (inputName, input) = Pick(inputs, config.InputName, "input", nameof(ModelConfig.InputName));
        var (outputName, output) = Pick(outputs, config.OutputName, "output", nameof(ModelConfig.OutputName));

        RequireFloatTensor(inputName, input, "input");
        RequireFloatTensor(outputName, output, "output");

        var inDims = input.Dimensions;
        if (inDims.Length != 2 || inDims[1] <= 0)
        {
            throw new ModelConfigException($"input '{inputName}' has shape {FormatShape(input)}; expected [batch, features] with a fixed feature count.");
        }

        var outDims = output.Dimensions;
        int columns;
        if (outDims.Length == 1)
        {
            columns = 1;
        }
        else if (outDims.Length == 2 && outDims[1] > 0)
        {
            columns = outDims[1];
        }
        else
        {
            throw new ModelConfigException($"output '{outputName}' has shape {FormatShape(output)}; expected [batch] or [batch, classes] with a fixed class count.");
        }

        var classes = config.ClassNames.Count;
        if (config.Task == ModelTask.Binary && columns is not (1 or 2))
        {
            throw new ModelConfigException($"output '{outputName}' has {columns} columns; a binary model needs 1 (positive class) or 2.");
        }

        if (config.Task == ModelTask.Multiclass && columns != classes)
        {
            throw new ModelConfigException($"output '{outputName}' has {columns} columns but config.json names {classes} classes.");
        }

        return new GraphSignature(inputName, inDims[1], outputName, columns);
    }

    private static (string Name, NodeMetadata Metadata) Pick(
        IReadOnlyDictionary<string, NodeMetadata> nodes, string? configured, string what, string field)
    {
        if (configured is not null)
        {
            return nodes.TryGetValue(configured, out var node)
                ? (configured, node)
                : throw new ModelConfigException($"config.json names {what} '{configured}' but the graph's {what}s are: {string.Join(", ", nodes.Keys)}.");
        }

        return nodes.Count switch
        {
            1 => (nodes.Keys.First(), nodes.Values.First()),
            0 => throw new ModelConfigException($"the graph has no {what}."),
            _ => throw new ModelConfigException(
                $"the graph has {nodes.Count} {what}s ({string.Join(", ", nodes.Keys)}); config.json must name one in '{char.ToLowerInvariant(field[0])}{field[1..]}'."),
        };
    }

    private static void RequireFloatTensor(string name, NodeMetadata node, string what)
    {
        if (!node.IsTensor || node.ElementDataType != TensorElementType.Float)
        {
            throw new ModelConfigException($"{what} '{name}' must be a float tensor; it is {node.OnnxValueType} of {node.ElementDataType}.");
        }
    }

    private static string FormatShape(NodeMetadata node)
    {
        var parts = new string[node.Dimensions.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var symbolic = node.SymbolicDimensions.Length > i ? node.SymbolicDimensions[i] : null;
            parts[i] = node.Dimensions[i] >= 0 ? node.Dimensions[i].ToString(System.Globalization.CultureInfo.InvariantCulture)
                : string.IsNullOrEmpty(symbolic) ? "?" : symbolic;
        }

        return $"[{string.Join(", ", parts)}]";
    }
}
