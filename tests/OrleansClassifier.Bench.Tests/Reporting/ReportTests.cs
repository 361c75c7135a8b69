using System.Text.Json;
using System.Xml.Linq;
using OrleansClassifier.Bench.Reporting;

namespace OrleansClassifier.Bench.Tests.Reporting;

public class ReportTests
{
    [Fact]
    public void Ratios_FromSideBySideFigures_WithIssueGoals()
    {
        var report = Sample();
        var ratios = RatioCalculator.Compute(report).ToArray();

        var ceiling = Assert.Single(ratios, r => r.Model == "heavy-mlp" && r.Name.StartsWith("service ÷ in-process", StringComparison.Ordinal));
        Assert.Equal(900.0 / 1000.0, ceiling.Value!.Value, 9);
        Assert.True(ceiling.Met);
        var unbatched = Assert.Single(ratios, r => r.Model == "breast-cancer" && r.Name.StartsWith("service ÷ unbatched", StringComparison.Ordinal));
        Assert.Equal(2.0, unbatched.Value!.Value, 9);
        Assert.False(unbatched.Met);
        var p50 = Assert.Single(ratios, r => r.Model == "breast-cancer" && r.Unit == "ms");
        Assert.Equal(0.5, p50.Value!.Value, 9);
        Assert.True(p50.Met);
    }

    [Fact]
    public void Svg_IsWellFormedWithAPanelPerModel()
    {
        var report = Sample();
        var document = XDocument.Parse(SvgPlot.Render(report));
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(svg + "svg", document.Root!.Name);
        Assert.Equal(2, document.Descendants(svg + "text").Count(t => t.Value is "breast-cancer" or "heavy-mlp"));
        Assert.NotEmpty(document.Descendants(svg + "polyline"));
    }

    [Fact]
    public void Json_HasEveryFigure()
    {
        var report = Sample();
        report.Ratios.AddRange(RatioCalculator.Compute(report));
        using var json = JsonDocument.Parse(ReportWriter.ToJson(report));
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("levels").GetArrayLength());
        Assert.Equal(1000, root.GetProperty("ceilings")[0].GetProperty("bestRowsPerSecond").GetDouble());
        Assert.True(root.GetProperty("levels")[0].GetProperty("latency").TryGetProperty("p999Ms", out _));
        Assert.Equal(2, root.GetProperty("machine").GetProperty("logicalCores").GetInt32());
        Assert.True(root.GetProperty("ratios").GetArrayLength() >= 3);
    }

    private static BenchReport Sample()
    {
        var report = new BenchReport { Command = "bench", StartedUtc = DateTimeOffset.UnixEpoch, Preset = "test", Settings = new { } };
        report.Machine = new MachineInfo(2, "cpu", 8, "linux", "X64", ".NET", "CPU", "0 0 0", "0 0 0");
        report.Ceilings.Add(new CeilingResult("heavy-mlp", "CPU", 32, 1000, [new BatchPoint(32, 10, 1000, 1, 2)]));
        report.Levels.Add(Level("service", "heavy-mlp", "4x16", 900, 10));
        report.Levels.Add(Level("service", "breast-cancer", "1x1", 2000, 1.5));
        report.Levels.Add(Level("unbatched", "breast-cancer", "1x1", 1000, 1.0));
        report.Levels.Add(Level("unbatched", "heavy-mlp", "1x1", 500, 3));
        return report;
    }

    private static LevelResult Level(string target, string model, string level, double rows, double p50) => new()
    {
        Target = target,
        Model = model,
        Mode = "closed",
        Level = level,
        Streams = 1,
        InFlightPerStream = 1,
        Requests = 100,
        RequestsPerSecond = rows,
        RowsPerSecond = rows,
        Latency = new LatencySummary(100, p50, p50 * 2, p50 * 3, p50 * 4, p50 * 5, p50),
        Errors = new Dictionary<string, long>(),
    };
}
