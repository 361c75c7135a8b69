using OrleansClassifier.Cli;
using OrleansClassifier.Tests.Shared;

namespace OrleansClassifier.Server.Tests;

/// <summary>The command line's <c>score</c>, end to end against the real host.</summary>
public sealed class CliScoreTests(ServerFixture server) : IClassFixture<ServerFixture>, IDisposable
{
    private readonly string _outputs = Directory.CreateTempSubdirectory("oc-score-").FullName;

    public void Dispose() => Directory.Delete(_outputs, recursive: true);

    [Theory]
    [InlineData("breast_cancer_sample.csv")]
    [InlineData("breast_cancer_sample.jsonl")]
    public async Task Score_SampleFile_WritesOneLabelPerRow(string sample)
    {
        var input = Path.Combine(TestPaths.Samples, sample);
        var output = Path.Combine(_outputs, "labels.csv");

        var exit = await CliApp.CreateRootCommand().Parse(
        [
            "score", "--input", input, "--model", "breast-cancer", "--server", server.Address.ToString(),
            "--output", output, "--batch-size", "7", "--in-flight", "3", "--probabilities", "--label-column", "malignant",
        ]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(output);
        var expectedRows = File.ReadAllLines(input).Count(l => !string.IsNullOrWhiteSpace(l)) - (sample.EndsWith(".csv", StringComparison.Ordinal) ? 1 : 0);
        Assert.Equal(expectedRows + 1, lines.Length);
        Assert.StartsWith("id,label,label_name,score,threshold,p0,p1", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Matches("^[^,]+,[01],(benign|malignant),", l));
    }

    [Fact]
    public async Task Score_UnreachableServer_NonZeroExit()
    {
        var exit = await CliApp.CreateRootCommand().Parse(
        [
            "score", "--input", Path.Combine(TestPaths.Samples, "breast_cancer_sample.csv"), "--model", "breast-cancer",
            "--server", $"http://127.0.0.1:{TestPaths.FreePort()}", "--output", Path.Combine(_outputs, "unreachable.csv"),
        ]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Score_UnknownModel_ErrorsReportedNonZeroExit()
    {
        var exit = await CliApp.CreateRootCommand().Parse(
        [
            "score", "--input", Path.Combine(TestPaths.Samples, "breast_cancer_sample.csv"), "--model", "nope",
            "--server", server.Address.ToString(), "--output", Path.Combine(_outputs, "unknown.csv"),
        ]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, exit);
    }
}
