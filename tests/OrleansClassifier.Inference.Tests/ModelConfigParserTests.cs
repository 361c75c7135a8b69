namespace OrleansClassifier.Inference.Tests;

public sealed class ModelConfigParserTests
{
    [Fact]
    public void Parse_FullBinaryConfig_AllFieldsRead()
    {
        var config = ModelConfigParser.Parse("""
            {"task":"binary","output":"logits","inputName":"x","outputName":"y",
             "classNames":["no","yes"],"trainingPositiveRate":0.25,"description":"d"}
            """);

        Assert.Equal(ModelTask.Binary, config.Task);
        Assert.Equal(OutputKind.Logits, config.Output);
        Assert.Equal("x", config.InputName);
        Assert.Equal("y", config.OutputName);
        Assert.Equal(["no", "yes"], config.ClassNames);
        Assert.Equal(0.25, config.TrainingPositiveRate);
        Assert.Equal("d", config.Description);
    }

    [Fact]
    public void Parse_MinimalBinary_DefaultsToProbabilitiesAndClassesZeroOne()
    {
        var config = ModelConfigParser.Parse("""{"task":"binary"}""");

        Assert.Equal(OutputKind.Probabilities, config.Output);
        Assert.Equal(["0", "1"], config.ClassNames);
        Assert.Null(config.TrainingPositiveRate);
        Assert.Null(config.InputName);
    }

    [Theory]
    [InlineData("""{}""", "'task' is required")]
    [InlineData("""{"task":"ternary"}""", "'task' must be one of binary, multiclass; got \"ternary\"")]
    [InlineData("""{"task":"binary","output":"scores"}""", "'output' must be one of probabilities, logits")]
    [InlineData("""{"task":"binary","classNames":["a","b","c"]}""", "exactly 2 'classNames'")]
    [InlineData("""{"task":"multiclass"}""", "'classNames' is required for a multiclass model")]
    [InlineData("""{"task":"multiclass","classNames":["a"]}""", "at least 2 'classNames'")]
    [InlineData("""{"task":"multiclass","classNames":["a","a"]}""", "must be distinct")]
    [InlineData("""{"task":"binary","classNames":["a",""]}""", "non-empty strings")]
    [InlineData("""{"task":"binary","trainingPositiveRate":1.5}""", "'trainingPositiveRate' must be a number strictly between 0 and 1")]
    [InlineData("""{"task":"binary","trainingPositiveRate":0}""", "strictly between 0 and 1")]
    [InlineData("""{"task":"multiclass","classNames":["a","b"],"trainingPositiveRate":0.5}""", "binary models only")]
    [InlineData("""{"task":"binary","inputName":""}""", "'inputName' must be a non-empty string")]
    [InlineData("""{"task":""", "not valid JSON")]
    [InlineData("""[1,2]""", "must hold a JSON object")]
    public void Parse_BadConfig_ThrowsNamingTheField(string json, string fragment)
    {
        var ex = Assert.Throws<ModelConfigException>(() => ModelConfigParser.Parse(json));

        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_Accepted()
    {
        var config = ModelConfigParser.Parse("""
            {
              // a hand-edited config
              "task": "Multiclass",
              "classNames": ["a", "b", "c",],
            }
            """);

        Assert.Equal(ModelTask.Multiclass, config.Task);
        Assert.Equal(3, config.ClassNames.Count);
    }
}
