using System.Globalization;
using System.Text;

namespace OrleansClassifier.Bench.Reporting;

/// <summary>The Markdown summary of a run: what BENCHMARKS.md shows.</summary>
internal static class MarkdownReport
{
    public static string Render(BenchReport report, string plotFile)
    {
        var md = new StringBuilder();
        md.AppendLine("## Results");
        md.AppendLine();
        md.AppendLine(Invariant($"Run {report.StartedUtc:yyyy-MM-dd HH:mm} UTC, preset `{report.Preset}`, {(report.FinishedUtc - report.StartedUtc).TotalMinutes:0.0} min: `{report.Command}`"));
        md.AppendLine();
        md.AppendLine(Invariant($"Machine: {report.Machine.OneLine()}; load average {report.Machine.LoadAverageAtStart} at the start, {report.Machine.LoadAverageAtEnd} at the end."));
        md.AppendLine();
        md.AppendLine("### Headline figures (measured side by side in this run)");
        md.AppendLine();
        md.Append(ReportTables.Ratios(report.Ratios).ToMarkdown());
        md.AppendLine();
        md.AppendLine("### In-process ONNX Runtime ceiling (one caller, best batch size)");
        md.AppendLine();
        md.Append(ReportTables.Ceilings(report.Ceilings).ToMarkdown());
        md.AppendLine();
        md.AppendLine("### Load levels");
        md.AppendLine();
        md.AppendLine("Closed loop `NxK`: N streams, K requests in flight on each, latency from each send. Open loop: a fixed");
        md.AppendLine("offered rate (a fraction of the same target's best closed-loop rate), latency from each request's intended");
        md.AppendLine("send time, so queueing the generator could not send through still counts. Warm-up excluded.");
        md.AppendLine();
        md.Append(ReportTables.Levels(report.Levels).ToMarkdown());
        md.AppendLine();
        md.AppendLine(Invariant($"![latency against throughput]({plotFile})"));
        if (report.Notes.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("### Notes");
            md.AppendLine();
            foreach (var note in report.Notes)
            {
                md.AppendLine("- " + note);
            }
        }

        return md.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
