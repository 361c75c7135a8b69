using Microsoft.Extensions.Logging.Abstractions;
using OrleansClassifier.Tests.Shared;

namespace OrleansClassifier.Inference.Tests;

public sealed class ModelRepositoryScannerTests : IDisposable
{
    private readonly string _repo = TestPaths.CopyToTemp(TestPaths.DemoModelRepository);

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    [Fact]
    public void Scan_DemoRepository_BothModelsReadyWithGraphShapes()
    {
        var catalog = ModelRepositoryScanner.Scan(_repo, NullLogger.Instance);

        Assert.True(catalog.TryGetModel("breast-cancer", out var binary));
        var v1 = Assert.Single(binary.Versions);
        Assert.True(v1.Ready);
        Assert.Equal(30, v1.FeatureCount);
        Assert.Equal(1, v1.OutputColumns);
        Assert.Equal("features", v1.InputName);
        Assert.Equal(ModelTask.Binary, v1.Config!.Task);
        Assert.Equal("breast-cancer/1", v1.Key);

        Assert.True(catalog.TryGetModel("gaussian-3class", out var multi));
        Assert.Equal(3, multi.DefaultVersion!.OutputColumns);
        Assert.Equal(OutputKind.Logits, multi.DefaultVersion.Config!.Output);
    }

    [Fact]
    public void Scan_UnreadableGraph_NotReadyWithPathOthersReady()
    {
        File.WriteAllBytes(Path.Combine(_repo, "breast-cancer", "1", "model.onnx"), [1, 2, 3, 4]);

        var catalog = ModelRepositoryScanner.Scan(_repo, NullLogger.Instance);

        catalog.TryGetModel("breast-cancer", out var broken);
        Assert.False(broken!.Ready);
        Assert.StartsWith(Path.Combine("breast-cancer", "1", "model.onnx") + ": ONNX Runtime cannot load the graph", broken.Reason, StringComparison.Ordinal);
        catalog.TryGetModel("gaussian-3class", out var good);
        Assert.True(good!.Ready);
    }

    [Fact]
    public void Scan_MissingConfig_NotReadyNamingIt()
    {
        File.Delete(Path.Combine(_repo, "breast-cancer", "config.json"));

        var catalog = ModelRepositoryScanner.Scan(_repo, NullLogger.Instance);

        catalog.TryGetModel("breast-cancer", out var model);
        Assert.False(model!.Ready);
        Assert.Contains(Path.Combine("breast-cancer", "config.json") + ": missing", model.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_ConfigNamesWrongOutput_NotReadyListingTheGraphsOutputs()
    {
        File.WriteAllText(Path.Combine(_repo, "breast-cancer", "config.json"), """{"task":"binary","outputName":"nope"}""");

        var catalog = ModelRepositoryScanner.Scan(_repo, NullLogger.Instance);

        catalog.TryGetModel("breast-cancer", out var model);
        Assert.Contains("config.json names output 'nope' but the graph's outputs are: probability", model!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_BinaryConfigOnThreeClassGraph_NotReady()
    {
        File.WriteAllText(Path.Combine(_repo, "gaussian-3class", "config.json"), """{"task":"binary","output":"logits"}""");

        var catalog = ModelRepositoryScanner.Scan(_repo, NullLogger.Instance);

        catalog.TryGetModel("gaussian-3class", out var model);
        Assert.Contains("a binary model needs 1 (positive class) or 2", model!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_NewerBrokenVersion_DefaultStaysOnNewestReady()
    {
        var v2 = Path.Combine(_repo, "breast-cancer", "2");
        Directory.CreateDirectory(v2);
        File.WriteAllText(Path.Combine(v2, "model.onnx"), "not a graph");
        var v3 = Path.Combine(_repo, "breast-cancer", "3");
        Directory.CreateDirectory(v3);

        var catalog = ModelRepositoryScanner.Scan(_repo, NullLogger.Instance);

        catalog.TryGetModel("breast-cancer", out var model);
        Assert.Equal([1L, 2L, 3L], model!.Versions.Select(v => v.Version));
        Assert.Equal(1, model.DefaultVersion!.Version);
        Assert.Contains(": missing", model.Versions[2].NotReadyReason, StringComparison.Ordinal);
        Assert.True(catalog.TryGetByKey("breast-cancer/2", out var broken));
        Assert.False(broken.Ready);
    }

    [Fact]
    public void Scan_OddFolders_SkippedOrIgnored()
    {
        Directory.CreateDirectory(Path.Combine(_repo, ".hidden"));
        Directory.CreateDirectory(Path.Combine(_repo, "breast-cancer", "latest"));
        Directory.CreateDirectory(Path.Combine(_repo, "breast-cancer", "0"));

        var catalog = ModelRepositoryScanner.Scan(_repo, NullLogger.Instance);

        Assert.Equal(["breast-cancer", "gaussian-3class"], catalog.Models.Select(m => m.Name));
        catalog.TryGetModel("breast-cancer", out var model);
        Assert.Single(model!.Versions);
    }

    [Fact]
    public void Scan_MissingRepository_Throws()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => ModelRepositoryScanner.Scan(Path.Combine(_repo, "absent"), NullLogger.Instance));

        Assert.Contains("absent", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("breast-cancer/1", true)]
    [InlineData("breast-cancer/9", false)]
    [InlineData("nope/1", false)]
    [InlineData("breast-cancer", false)]
    [InlineData("breast-cancer/x", false)]
    public void TryGetByKey_ParsesNameAndVersion(string key, bool found)
    {
        var catalog = ModelRepositoryScanner.Scan(_repo, NullLogger.Instance);

        Assert.Equal(found, catalog.TryGetByKey(key, out _));
    }
}
