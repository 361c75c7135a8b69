using OrleansClassifier.Tests.Shared;

namespace OrleansClassifier.Server.Tests;

/// <summary>
/// The host over a copy of the demo repository with three broken models beside the good ones: an
/// unreadable graph file, a malformed config and a config that contradicts its graph.
/// </summary>
public sealed class BrokenModelServerFixture : ServerFixture
{
    private readonly Lazy<string> _repository = new(() =>
    {
        var repo = TestPaths.CopyToTemp(TestPaths.DemoModelRepository);

        var garbage = Path.Combine(repo, "garbage-file", "1");
        Directory.CreateDirectory(garbage);
        File.WriteAllText(Path.Combine(repo, "garbage-file", "config.json"), """{"task":"binary","output":"probabilities"}""");
        File.WriteAllBytes(Path.Combine(garbage, "model.onnx"), [0x01, 0x02, 0x03, 0xFF, 0x7F, 0x00, 0x42]);

        var badConfig = Path.Combine(repo, "bad-config");
        Directory.CreateDirectory(Path.Combine(badConfig, "1"));
        File.Copy(Path.Combine(repo, "breast-cancer", "1", "model.onnx"), Path.Combine(badConfig, "1", "model.onnx"));
        File.WriteAllText(Path.Combine(badConfig, "config.json"), """{"task":"ternary"}""");

        var mismatch = Path.Combine(repo, "class-mismatch");
        Directory.CreateDirectory(Path.Combine(mismatch, "1"));
        File.Copy(Path.Combine(repo, "gaussian-3class", "1", "model.onnx"), Path.Combine(mismatch, "1", "model.onnx"));
        File.WriteAllText(Path.Combine(mismatch, "config.json"), """{"task":"multiclass","output":"logits","classNames":["a","b","c","d"]}""");
        return repo;
    });

    protected override string ModelRepository => _repository.Value;
}
