using OrleansClassifier.Models.Onnx;

namespace OrleansClassifier.Models.Tests.Onnx;

public class OnnxGraphBuilderTests
{
    [Fact]
    public void AddInitializer_DuplicateName_Throws()
    {
        var builder = new OnnxGraphBuilder("g");
        builder.AddInitializer("w", [1f, 2f], 2);

        Assert.Throws<ArgumentException>(() => builder.AddInitializer("w", [1f], 1));
    }

    [Fact]
    public void AddInitializer_WrongElementCount_Throws()
    {
        var builder = new OnnxGraphBuilder("g");

        Assert.Throws<ArgumentException>(() => builder.AddInitializer("w", [1f, 2f, 3f], 2, 2));
    }

    [Fact]
    public void AddInitializer_Values_StoredAsLittleEndianRawFloat()
    {
        var builder = new OnnxGraphBuilder("g");
        builder.AddInitializer("w", [1f, -2.5f], 1, 2);

        var tensor = Assert.Single(builder.BuildModel("p", "1", 1, null, []).Graph.Initializer);

        Assert.Equal(1, tensor.DataType);
        Assert.Equal([1L, 2L], tensor.Dims);
        Assert.Equal([0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x20, 0xC0], tensor.RawData.ToByteArray());
    }

    [Fact]
    public void IntAttribute_Always_SetsTypeInt()
    {
        var attribute = OnnxGraphBuilder.IntAttribute("axis", -1);

        Assert.Equal(AttributeProto.Types.AttributeType.Int, attribute.Type);
        Assert.Equal(-1, attribute.I);
    }
}
