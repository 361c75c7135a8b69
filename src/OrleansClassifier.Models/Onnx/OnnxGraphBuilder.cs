using System.Buffers.Binary;
using Google.Protobuf;

namespace OrleansClassifier.Models.Onnx;

/// <summary>
/// Builds an ONNX graph node by node: float tensor inputs and outputs of shape [batch, width] with a
/// symbolic batch dimension, float initializers, and nodes of the default operator domain. Nothing
/// here depends on time, culture or hashing, so the same calls give the same bytes.
/// </summary>
internal sealed class OnnxGraphBuilder
{
    /// <summary>The IR version written into models: 8 (ONNX 1.10), which every current runtime reads.</summary>
    public const long IrVersion = 8;

    /// <summary>The default-domain operator set the graph is written against.</summary>
    public const long OpsetVersion = 17;

    /// <summary>The name of the symbolic batch dimension.</summary>
    public const string BatchDimension = "batch";

    private readonly GraphProto _graph;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public OnnxGraphBuilder(string graphName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graphName);
        _graph = new GraphProto { Name = graphName };
    }

    /// <summary>Declares a graph input: float [batch, width].</summary>
    public string AddInput(string name, long width)
    {
        Claim(name);
        _graph.Input.Add(FloatValueInfo(name, width));
        return name;
    }

    /// <summary>Declares a graph output: float [batch, width]. A node must produce <paramref name="name"/>.</summary>
    public void AddOutput(string name, long width) => _graph.Output.Add(FloatValueInfo(name, width));

    /// <summary>Adds a float constant, stored little-endian in raw_data.</summary>
    public string AddInitializer(string name, ReadOnlySpan<float> values, params ReadOnlySpan<long> dims)
    {
        Claim(name);
        long expected = 1;
        foreach (var dim in dims)
        {
            expected *= dim;
        }

        if (expected != values.Length)
        {
            throw new ArgumentException($"Initializer {name} has {values.Length} values for {expected} elements.", nameof(values));
        }

        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        var tensor = new TensorProto
        {
            Name = name,
            DataType = (int)TensorProto.Types.DataType.Float,
            RawData = ByteString.CopyFrom(bytes),
        };
        foreach (var dim in dims)
        {
            tensor.Dims.Add(dim);
        }

        _graph.Initializer.Add(tensor);
        return name;
    }

    /// <summary>Adds a default-domain node with one output and returns the output's name.</summary>
    public string AddNode(string opType, IReadOnlyList<string> inputs, string output, params IEnumerable<AttributeProto> attributes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(opType);
        Claim(output);
        var node = new NodeProto
        {
            Name = $"{output}/{opType}",
            OpType = opType,
        };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        _graph.Node.Add(node);
        return output;
    }

    public static AttributeProto IntAttribute(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    public static AttributeProto FloatAttribute(string name, float value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    /// <summary>Wraps the graph in a model: IR version 8, opset 17 of the default domain, the given metadata in order.</summary>
    public ModelProto BuildModel(
        string producerName,
        string producerVersion,
        long modelVersion,
        string? docString,
        IEnumerable<KeyValuePair<string, string>> metadata)
    {
        var model = new ModelProto
        {
            IrVersion = IrVersion,
            ProducerName = producerName,
            ProducerVersion = producerVersion,
            ModelVersion = modelVersion,
            Graph = _graph.Clone(),
        };
        if (docString is not null)
        {
            model.DocString = docString;
        }

        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = OpsetVersion });
        foreach (var (key, value) in metadata)
        {
            model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
        }

        return model;
    }

    private void Claim(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_names.Add(name))
        {
            throw new ArgumentException($"The graph already has a value named '{name}'.", nameof(name));
        }
    }

    private static ValueInfoProto FloatValueInfo(string name, long width)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = BatchDimension });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = width });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto
            {
                TensorType = new TypeProto.Types.Tensor
                {
                    ElemType = (int)TensorProto.Types.DataType.Float,
                    Shape = shape,
                },
            },
        };
    }
}
