using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansClassifier.Bench.Reporting;

/// <summary>Writes a run's files: <c>results.json</c> (every figure), <c>summary.md</c>, <c>latency-throughput.svg</c>.</summary>
internal static class ReportWriter
{
    public const string JsonFile = "results.json";
    public const string MarkdownFile = "summary.md";
    public const string PlotFile = "latency-throughput.svg";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<string> Write(BenchReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, JsonFile);
        var markdown = Path.Combine(directory, MarkdownFile);
        var plot = Path.Combine(directory, PlotFile);
        File.WriteAllText(json, ToJson(report));
        File.WriteAllText(plot, SvgPlot.Render(report));
        File.WriteAllText(markdown, MarkdownReport.Render(report, PlotFile));
        return [json, markdown, plot];
    }

    public static string ToJson(BenchReport report) => JsonSerializer.Serialize(report, Json);
}
