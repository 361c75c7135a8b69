namespace OrleansClassifier.Inference.Tests;

public sealed class OutputDecoderTests
{
    [Fact]
    public void Decode_BinarySingleProbability_GivesComplementPair()
    {
        var destination = new float[4];

        OutputDecoder.Decode(ModelTask.Binary, OutputKind.Probabilities, [0.2f, 0.9f], 2, 1, destination);

        Assert.Equal([0.8f, 0.2f, 0.100000024f, 0.9f], destination);
    }

    [Fact]
    public void Decode_BinarySingleLogit_AppliesSigmoid()
    {
        var destination = new float[4];

        // σ(0) = 0.5; σ(2) = 1 / (1 + e^-2) = 1 / 1.1353353 = 0.8807971.
        OutputDecoder.Decode(ModelTask.Binary, OutputKind.Logits, [0f, 2f], 2, 1, destination);

        Assert.Equal(0.5f, destination[1], 6);
        Assert.Equal(0.8807971f, destination[3], 6);
        Assert.Equal(1f - 0.8807971f, destination[2], 6);
    }

    [Fact]
    public void Decode_BinaryTwoColumnLogits_AppliesSoftmax()
    {
        var destination = new float[2];

        // softmax([0, ln 3]) = [1/4, 3/4].
        OutputDecoder.Decode(ModelTask.Binary, OutputKind.Logits, [0f, MathF.Log(3f)], 1, 2, destination);

        Assert.Equal(0.25f, destination[0], 6);
        Assert.Equal(0.75f, destination[1], 6);
    }

    [Fact]
    public void Decode_MulticlassLogits_Softmax()
    {
        var destination = new float[3];

        // e^1, e^2, e^3 = 2.7182818, 7.3890561, 20.0855369; sum 30.1928748.
        OutputDecoder.Decode(ModelTask.Multiclass, OutputKind.Logits, [1f, 2f, 3f], 1, 3, destination);

        Assert.Equal(0.09003057f, destination[0], 6);
        Assert.Equal(0.24472847f, destination[1], 6);
        Assert.Equal(0.66524096f, destination[2], 6);
    }

    [Fact]
    public void Decode_MulticlassProbabilities_PassedThrough()
    {
        var destination = new float[6];

        OutputDecoder.Decode(ModelTask.Multiclass, OutputKind.Probabilities, [0.1f, 0.2f, 0.7f, 0.3f, 0.3f, 0.4f], 2, 3, destination);

        Assert.Equal([0.1f, 0.2f, 0.7f, 0.3f, 0.3f, 0.4f], destination);
    }

    [Fact]
    public void Decode_ExtremeLogits_NoOverflow()
    {
        var binary = new float[4];
        var multi = new float[3];

        OutputDecoder.Decode(ModelTask.Binary, OutputKind.Logits, [1000f, -1000f], 2, 1, binary);
        OutputDecoder.Decode(ModelTask.Multiclass, OutputKind.Logits, [1000f, -1000f, 999f], 1, 3, multi);

        Assert.Equal([0f, 1f, 1f, 0f], binary);
        Assert.All(multi, v => Assert.True(float.IsFinite(v)));
        // e^0 / (e^0 + e^-1) = 1 / 1.3678794 = 0.7310586.
        Assert.Equal(0.7310586f, multi[0], 6);
        Assert.Equal(0f, multi[1]);
    }

    [Fact]
    public void Decode_WrongRawLength_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OutputDecoder.Decode(ModelTask.Multiclass, OutputKind.Logits, [1f, 2f], 1, 3, new float[3]));

        Assert.Contains("Expected 3 raw values", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ModelTask.Binary, 1, 2)]
    [InlineData(ModelTask.Binary, 2, 2)]
    [InlineData(ModelTask.Multiclass, 5, 5)]
    public void ClassColumns_ByTask(ModelTask task, int outputColumns, int expected) =>
        Assert.Equal(expected, OutputDecoder.ClassColumns(task, outputColumns));
}
