using Microsoft.ML.OnnxRuntime;
using OrleansClassifier.Models.Onnx;
using OrleansClassifier.Models.Tests.TestSupport;
using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Tests.Onnx;

public class OnnxModelWriterTests
{
    private const int Features = 5;

    // Enum names rather than values: the enums are internal and a public test method cannot take them.
    public static TheoryData<string, string, bool, int> Cases()
    {
        var data = new TheoryData<string, string, bool, int>();
        foreach (var op in new[] { DenseOperator.MatMulAdd, DenseOperator.Gemm })
        {
            foreach (var last in new[] { LayerActivation.None, LayerActivation.Sigmoid, LayerActivation.Softmax })
            {
                foreach (var standardize in new[] { false, true })
                {
                    foreach (var batch in new[] { 1, 17 })
                    {
                        data.Add(op.ToString(), last.ToString(), standardize, batch);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Serialize_RunThroughOnnxRuntime_MatchesReferenceForwardPass(
        string dense, string lastActivation, bool standardize, int batch)
    {
        var op = Enum.Parse<DenseOperator>(dense);
        var last = Enum.Parse<LayerActivation>(lastActivation);
        var definition = RandomDefinition(op, last, standardize, seed: (ulong)(((int)op * 100) + ((int)last * 10) + (standardize ? 1 : 0)));
        var input = RandomInput(batch, seed: 99);

        var (actual, shape) = OrtRunner.Run(OnnxModelWriter.Serialize(definition), "features", "out", input, batch);
        var expected = ReferenceMlp.Forward(definition, input, batch);

        Assert.Equal([batch, 3L], shape);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(actual[i] - expected[i]) <= 1e-5 * Math.Max(1.0, Math.Abs(expected[i])),
                $"Element {i}: ONNX Runtime {actual[i]} vs reference {expected[i]}.");
        }
    }

    [Fact]
    public void Serialize_SameDefinition_GivesSameBytes()
    {
        var first = OnnxModelWriter.Serialize(RandomDefinition(DenseOperator.MatMulAdd, LayerActivation.Softmax, true, seed: 5));
        var second = OnnxModelWriter.Serialize(RandomDefinition(DenseOperator.MatMulAdd, LayerActivation.Softmax, true, seed: 5));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Serialize_Always_WritesIrVersion8Opset17AndMetadataInOrder()
    {
        var definition = RandomDefinition(DenseOperator.MatMulAdd, LayerActivation.Sigmoid, true, seed: 3) with
        {
            ModelVersion = 4,
            DocString = "doc",
            Metadata = [new("producer", "me"), new("description", "a model"), new("alpha", "1")],
        };

        var model = ModelProto.Parser.ParseFrom(OnnxModelWriter.Serialize(definition));

        Assert.Equal(8, model.IrVersion);
        var opset = Assert.Single(model.OpsetImport);
        Assert.Equal(string.Empty, opset.Domain);
        Assert.Equal(17, opset.Version);
        Assert.Equal(4, model.ModelVersion);
        Assert.Equal("doc", model.DocString);
        Assert.Equal(["producer", "description", "alpha"], model.MetadataProps.Select(p => p.Key));
        Assert.Equal(
            ["Sub", "Mul", "MatMul", "Add", "Relu", "MatMul", "Add", "Sigmoid"],
            model.Graph.Node.Select(n => n.OpType));
        var inputDims = Assert.Single(model.Graph.Input).Type.TensorType.Shape.Dim;
        Assert.Equal("batch", inputDims[0].DimParam);
        Assert.Equal(Features, inputDims[1].DimValue);
    }

    [Fact]
    public void Serialize_LoadedByOnnxRuntime_ExposesSymbolicBatchAndMetadata()
    {
        var definition = RandomDefinition(DenseOperator.Gemm, LayerActivation.Softmax, false, seed: 8) with
        {
            Metadata = [new("producer", "OrleansClassifier.Models"), new("description", "test model")],
        };

        using var session = new InferenceSession(OnnxModelWriter.Serialize(definition));

        var input = session.InputMetadata["features"];
        Assert.Equal([-1, Features], input.Dimensions);
        Assert.Equal("batch", input.SymbolicDimensions[0]);
        var output = session.OutputMetadata["out"];
        Assert.Equal([-1, 3], output.Dimensions);
        Assert.Equal("test model", session.ModelMetadata.CustomMetadataMap["description"]);
        Assert.Equal(OnnxModelWriter.ProducerName, session.ModelMetadata.ProducerName);
    }

    [Fact]
    public void Serialize_MismatchedLayers_Throws()
    {
        var definition = RandomDefinition(DenseOperator.MatMulAdd, LayerActivation.None, false, seed: 1);
        var broken = definition with { Layers = [definition.Layers[1], definition.Layers[0]] };

        Assert.Throws<ArgumentException>(() => OnnxModelWriter.Serialize(broken));
    }

    internal static MlpModelDefinition RandomDefinition(DenseOperator op, LayerActivation last, bool standardize, ulong seed)
    {
        var random = new SplitMix64(seed);
        return new MlpModelDefinition
        {
            GraphName = "test",
            OutputName = "out",
            DenseOperator = op,
            Layers = [RandomLayer(Features, 8, LayerActivation.Relu, random), RandomLayer(8, 3, last, random)],
            Mean = standardize ? Enumerable.Range(0, Features).Select(_ => (float)random.NextUniform(-2, 2)).ToArray() : null,
            Scale = standardize ? Enumerable.Range(0, Features).Select(_ => (float)random.NextUniform(0.2, 3)).ToArray() : null,
        };
    }

    private static OnnxDenseLayer RandomLayer(int inputs, int outputs, LayerActivation activation, SplitMix64 random) =>
        new(
            inputs,
            outputs,
            Enumerable.Range(0, inputs * outputs).Select(_ => (float)random.NextUniform(-1, 1)).ToArray(),
            Enumerable.Range(0, outputs).Select(_ => (float)random.NextUniform(-0.5, 0.5)).ToArray(),
            activation);

    private static float[] RandomInput(int batch, ulong seed)
    {
        var random = new SplitMix64(seed);
        return Enumerable.Range(0, batch * Features).Select(_ => (float)random.NextUniform(-3, 3)).ToArray();
    }
}
