using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using OrleansClassifier.Inference;
using OrleansClassifier.Models.Tests.TestSupport;

namespace OrleansClassifier.Models.Tests.Demo;

public class DemoModelsTests(DemoModelsFixture fixture) : IClassFixture<DemoModelsFixture>
{
    [Fact]
    public void Generate_BreastCancer_HeldOutAccuracyThroughOnnxRuntimeIsAtLeast093()
    {
        var model = fixture.Model(DemoModels.BreastCancerModelName);
        var sample = SampleCsv.Read(Path.Combine(fixture.SamplesDirectory, DemoModels.BreastCancerSampleCsv));

        var (probabilities, shape) = OrtRunner.Run(
            File.ReadAllBytes(model.ModelPath), "features", "probability", sample.Features, sample.RowCount);

        Assert.Equal([sample.RowCount, 1L], shape);
        Assert.All(probabilities, p => Assert.InRange(p, 0f, 1f));
        var correct = Enumerable.Range(0, sample.RowCount).Count(i => (probabilities[i] >= 0.5f ? "1" : "0") == sample.Labels[i]);
        var accuracy = (double)correct / sample.RowCount;
        Assert.True(accuracy >= 0.93, $"Held-out accuracy {accuracy:F4}.");
        Assert.Equal(model.TestAccuracy!.Value, accuracy, 1.5 / sample.RowCount);
        Assert.Equal(model.TestRows, sample.RowCount);
    }

    [Fact]
    public void Generate_Gaussian_LogitsAccuracyThroughOnnxRuntimeIsWellAboveChance()
    {
        var model = fixture.Model(DemoModels.GaussianModelName);
        var sample = SampleCsv.Read(Path.Combine(fixture.SamplesDirectory, DemoModels.GaussianSampleCsv));
        string[] classes = ["alpha", "beta", "gamma"];

        var (logits, shape) = OrtRunner.Run(File.ReadAllBytes(model.ModelPath), "features", "logits", sample.Features, sample.RowCount);

        Assert.Equal([sample.RowCount, 3L], shape);
        var correct = 0;
        for (var row = 0; row < sample.RowCount; row++)
        {
            var scores = logits.AsSpan(row * 3, 3);
            var best = scores.IndexOf(MaxOf(scores));
            correct += classes[best] == sample.Labels[row] ? 1 : 0;
        }

        var accuracy = (double)correct / sample.RowCount;
        Assert.True(accuracy >= 0.75, $"Held-out accuracy {accuracy:F4}; chance is 0.33.");
        Assert.Contains(logits, l => l < 0 || l > 1);
    }

    [Fact]
    public void Generate_Configs_ParseAndHaveTheServerSchema()
    {
        var breastCancer = ModelConfigParser.Parse(File.ReadAllText(fixture.Model(DemoModels.BreastCancerModelName).ConfigPath));
        var gaussian = ModelConfigParser.Parse(File.ReadAllText(fixture.Model(DemoModels.GaussianModelName).ConfigPath));

        Assert.Equal(ModelTask.Binary, breastCancer.Task);
        Assert.Equal(OutputKind.Probabilities, breastCancer.Output);
        Assert.Equal("features", breastCancer.InputName);
        Assert.Equal("probability", breastCancer.OutputName);
        Assert.Equal(["benign", "malignant"], breastCancer.ClassNames);
        Assert.InRange(breastCancer.TrainingPositiveRate!.Value, 0.37, 0.38);
        Assert.Contains("test accuracy", breastCancer.Description, StringComparison.Ordinal);

        Assert.Equal(ModelTask.Multiclass, gaussian.Task);
        Assert.Equal(OutputKind.Logits, gaussian.Output);
        Assert.Equal("logits", gaussian.OutputName);
        Assert.Equal(["alpha", "beta", "gamma"], gaussian.ClassNames);
        Assert.Null(gaussian.TrainingPositiveRate);
        Assert.Contains("Synthetic", gaussian.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Configs_UseFixedCamelCasePropertyOrder()
    {
        using var binary = JsonDocument.Parse(File.ReadAllBytes(fixture.Model(DemoModels.BreastCancerModelName).ConfigPath));
        using var multiclass = JsonDocument.Parse(File.ReadAllBytes(fixture.Model(DemoModels.GaussianModelName).ConfigPath));

        Assert.Equal(
            ["task", "output", "inputName", "outputName", "classNames", "trainingPositiveRate", "description"],
            binary.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["task", "output", "inputName", "outputName", "classNames", "description"],
            multiclass.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Generate_Samples_AreSmallAndJsonLinesMatchTheCsv()
    {
        var csv = SampleCsv.Read(Path.Combine(fixture.SamplesDirectory, DemoModels.BreastCancerSampleCsv));
        var lines = File.ReadAllLines(Path.Combine(fixture.SamplesDirectory, DemoModels.BreastCancerSampleJsonLines));
        var gaussian = SampleCsv.Read(Path.Combine(fixture.SamplesDirectory, DemoModels.GaussianSampleCsv));

        Assert.InRange(csv.RowCount, 50, 120);
        Assert.InRange(gaussian.RowCount, 50, 120);
        Assert.Equal("id", csv.Header[0]);
        Assert.Equal("malignant", csv.Header[^1]);
        Assert.Equal(32, csv.Header.Length);
        Assert.Equal("label", gaussian.Header[^1]);
        Assert.Equal(csv.RowCount, lines.Length);
        for (var row = 0; row < lines.Length; row++)
        {
            using var line = JsonDocument.Parse(lines[row]);
            Assert.Equal(csv.Ids[row], line.RootElement.GetProperty("id").GetString());
            var features = line.RootElement.GetProperty("features").EnumerateArray().Select(e => e.GetSingle()).ToArray();
            Assert.Equal(csv.Features.AsSpan(row * 30, 30).ToArray(), features);
        }
    }

    [Fact]
    public void Generate_Twice_WritesByteIdenticalFiles()
    {
        using var second = new TempDirectory();

        DemoModels.Generate(Path.Combine(second.Path, "model-repository"), Path.Combine(second.Path, "samples"));

        var firstFiles = RelativeFiles(Path.GetDirectoryName(fixture.RepositoryDirectory)!);
        var secondFiles = RelativeFiles(second.Path);
        Assert.Equal(firstFiles, secondFiles);
        foreach (var file in firstFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(fixture.RepositoryDirectory)!, file))
                    .AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file))),
                $"{file} differs between two generations.");
        }
    }

    [Fact]
    public void Generate_CommittedArtifacts_EqualAFreshGeneration()
    {
        var root = RepositoryRoot.Find();
        var committedRepository = Path.Combine(root, "src", "OrleansClassifier.Server", "model-repository");
        var committedSamples = Path.Combine(root, "src", "OrleansClassifier.Cli", "samples");

        foreach (var file in RelativeFiles(fixture.RepositoryDirectory))
        {
            AssertSameFile(Path.Combine(fixture.RepositoryDirectory, file), Path.Combine(committedRepository, file));
        }

        foreach (var file in RelativeFiles(fixture.SamplesDirectory))
        {
            AssertSameFile(Path.Combine(fixture.SamplesDirectory, file), Path.Combine(committedSamples, file));
        }
    }

    [Fact]
    public void Generate_Report_ListsModelsAndSamples()
    {
        Assert.Equal([DemoModels.BreastCancerModelName, DemoModels.GaussianModelName], fixture.Report.Models.Select(m => m.Name));
        Assert.All(fixture.Report.Models, m => Assert.Equal(1, m.Version));
        Assert.All(fixture.Report.Models, m => Assert.EndsWith(Path.Combine("1", "model.onnx"), m.ModelPath, StringComparison.Ordinal));
        Assert.Equal(3, fixture.Report.SampleFiles.Count);
        Assert.All(fixture.Report.SampleFiles, f => Assert.True(File.Exists(f)));
    }

    [Fact]
    public void GenerateHeavy_Default_WritesRandomSoftmaxBenchmarkModel()
    {
        using var directory = new TempDirectory();

        var model = DemoModels.GenerateHeavy(directory.Path);

        Assert.Equal(Path.Combine(directory.Path, "heavy-mlp", "1", "model.onnx"), model.ModelPath);
        Assert.InRange(new FileInfo(model.ModelPath).Length, 5_000_000, 6_000_000);
        Assert.Null(model.TestAccuracy);
        var config = ModelConfigParser.Parse(File.ReadAllText(model.ConfigPath));
        Assert.Equal(10, config.ClassNames.Count);
        using var session = new InferenceSession(model.ModelPath);
        var input = Enumerable.Range(0, 2 * 256).Select(i => (float)Math.Sin(i)).ToArray();
        var (probabilities, shape) = OrtRunner.Run(session, "features", "probabilities", input, 2);
        Assert.Equal([2L, 10L], shape);
        Assert.Equal(1.0, probabilities.Take(10).Sum(), 1e-5);
        Assert.Equal(1.0, probabilities.Skip(10).Sum(), 1e-5);
    }

    private static float MaxOf(ReadOnlySpan<float> values)
    {
        var max = float.NegativeInfinity;
        foreach (var value in values)
        {
            max = Math.Max(max, value);
        }

        return max;
    }

    private static string[] RelativeFiles(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f))
            .Order(StringComparer.Ordinal)];

    private static void AssertSameFile(string generated, string committed)
    {
        Assert.True(File.Exists(committed), $"{committed} is missing; run `orleans-classifier models generate`.");
        Assert.True(
            File.ReadAllBytes(generated).AsSpan().SequenceEqual(File.ReadAllBytes(committed)),
            $"{committed} differs from a fresh generation; run `orleans-classifier models generate` and commit the result.");
    }
}
