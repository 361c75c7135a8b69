using System.Globalization;
using System.Security;
using System.Text;

namespace OrleansClassifier.Bench.Reporting;

/// <summary>
/// Latency against throughput, one panel per model, log-log: p50 (solid) and p99 (dashed) of every load
/// level of each target, and the in-process ceiling as a vertical line. Plain SVG, written here.
/// </summary>
internal static class SvgPlot
{
    private const int PanelWidth = 420;
    private const int PanelHeight = 320;
    private const int Left = 62;
    private const int Right = 16;
    private const int Top = 58;
    private const int Bottom = 46;

    private static readonly (string Target, string Colour)[] Series =
    [
        (BenchDefaults.ServiceTarget, "#1f77b4"),
        (BenchDefaults.UnbatchedTarget, "#d62728"),
        (BenchDefaults.TransportTarget, "#2ca02c"),
    ];

    public static string Render(BenchReport report)
    {
        var models = report.Levels.Select(l => l.Model).Distinct(StringComparer.Ordinal).ToArray();
        var width = Math.Max(1, models.Length) * PanelWidth;
        var height = PanelHeight + 28;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append(Invariant($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>\n"));
        Legend(svg);
        for (var i = 0; i < models.Length; i++)
        {
            Panel(svg, report, models[i], i * PanelWidth, 28);
        }

        if (models.Length == 0)
        {
            svg.Append("<text x=\"20\" y=\"60\">no load levels were measured</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Legend(StringBuilder svg)
    {
        var x = 10;
        foreach (var (target, colour) in Series)
        {
            svg.Append(Invariant($"<line x1=\"{x}\" y1=\"14\" x2=\"{x + 22}\" y2=\"14\" stroke=\"{colour}\" stroke-width=\"2\"/>"));
            svg.Append(Invariant($"<text x=\"{x + 26}\" y=\"18\">{target}</text>\n"));
            x += 110;
        }

        svg.Append(Invariant($"<text x=\"{x}\" y=\"18\">solid: p50 · dashed: p99 · grey: in-process ONNX Runtime ceiling</text>\n"));
    }

    private static void Panel(StringBuilder svg, BenchReport report, string model, int offsetX, int offsetY)
    {
        var levels = report.Levels.Where(l => l.Model == model && l.Requests > 0 && l.Latency.Count > 0).ToArray();
        var ceiling = report.Ceilings.FirstOrDefault(c => c.Model == model);
        var xs = levels.Select(l => l.RowsPerSecond).Concat(ceiling is null ? [] : [ceiling.BestRowsPerSecond]).Where(v => v > 0).DefaultIfEmpty(1).ToArray();
        var ys = levels.SelectMany(l => new[] { l.Latency.P50Ms, l.Latency.P99Ms }).Where(v => v > 0).DefaultIfEmpty(1).ToArray();
        var (x0, x1) = Decades(xs.Min(), xs.Max());
        var (y0, y1) = Decades(ys.Min(), ys.Max());
        var plotW = PanelWidth - Left - Right;
        var plotH = PanelHeight - Top - Bottom;
        double X(double v) => offsetX + Left + (plotW * (Math.Log10(v) - x0) / (x1 - x0));
        double Y(double v) => offsetY + Top + plotH - (plotH * (Math.Log10(v) - y0) / (y1 - y0));

        svg.Append(Invariant($"<text x=\"{offsetX + (PanelWidth / 2)}\" y=\"{offsetY + 20}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">{Escape(model)}</text>\n"));
        svg.Append(Invariant($"<rect x=\"{offsetX + Left}\" y=\"{offsetY + Top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"none\" stroke=\"#888\"/>\n"));
        foreach (var tick in Ticks(x0, x1))
        {
            var x = X(tick);
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{offsetY + Top}\" x2=\"{x:0.#}\" y2=\"{offsetY + Top + plotH}\" stroke=\"#eee\"/>"));
            svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{offsetY + Top + plotH + 14}\" text-anchor=\"middle\">{Label(tick)}</text>\n"));
        }

        foreach (var tick in Ticks(y0, y1))
        {
            var y = Y(tick);
            svg.Append(Invariant($"<line x1=\"{offsetX + Left}\" y1=\"{y:0.#}\" x2=\"{offsetX + Left + plotW}\" y2=\"{y:0.#}\" stroke=\"#eee\"/>"));
            svg.Append(Invariant($"<text x=\"{offsetX + Left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Label(tick)}</text>\n"));
        }

        svg.Append(Invariant($"<text x=\"{offsetX + Left + (plotW / 2)}\" y=\"{offsetY + PanelHeight - 8}\" text-anchor=\"middle\">throughput, rows/s (log)</text>\n"));
        svg.Append(Invariant($"<text transform=\"translate({offsetX + 14},{offsetY + Top + (plotH / 2)}) rotate(-90)\" text-anchor=\"middle\">latency, ms (log)</text>\n"));

        if (ceiling is not null)
        {
            var x = X(ceiling.BestRowsPerSecond);
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{offsetY + Top}\" x2=\"{x:0.#}\" y2=\"{offsetY + Top + plotH}\" stroke=\"#999\" stroke-width=\"2\" stroke-dasharray=\"2,3\"/>"));
            svg.Append(Invariant($"<text x=\"{x - 3:0.#}\" y=\"{offsetY + Top + 12}\" text-anchor=\"end\" fill=\"#666\">ceiling {ceiling.BestRowsPerSecond:0}</text>\n"));
        }

        foreach (var (target, colour) in Series)
        {
            var points = levels.Where(l => l.Target == target).OrderBy(l => l.RowsPerSecond).ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            Polyline(svg, points.Select(p => (X(p.RowsPerSecond), Y(Math.Max(p.Latency.P50Ms, Math.Pow(10, y0))))), colour, dashed: false);
            Polyline(svg, points.Select(p => (X(p.RowsPerSecond), Y(Math.Max(p.Latency.P99Ms, Math.Pow(10, y0))))), colour, dashed: true);
        }
    }

    private static void Polyline(StringBuilder svg, IEnumerable<(double X, double Y)> points, string colour, bool dashed)
    {
        var list = points.ToArray();
        var coordinates = string.Join(' ', list.Select(p => Invariant($"{p.X:0.#},{p.Y:0.#}")));
        svg.Append(Invariant($"<polyline points=\"{coordinates}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.6\"{(dashed ? " stroke-dasharray=\"5,3\"" : string.Empty)}/>"));
        foreach (var (x, y) in list)
        {
            svg.Append(Invariant($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{(dashed ? 2 : 3)}\" fill=\"{(dashed ? "white" : colour)}\" stroke=\"{colour}\"/>"));
        }

        svg.Append('\n');
    }

    /// <summary>Log10 bounds: whole decades around the data, at least one decade wide.</summary>
    internal static (double Low, double High) Decades(double min, double max)
    {
        var low = Math.Floor(Math.Log10(Math.Max(min, 1e-6)));
        var high = Math.Ceiling(Math.Log10(Math.Max(max, 1e-6)));
        return high <= low ? (low, low + 1) : (low, high);
    }

    private static IEnumerable<double> Ticks(double low, double high)
    {
        var multipliers = high - low <= 2 ? new[] { 1.0, 2.0, 5.0 } : [1.0];
        for (var e = low; e <= high; e++)
        {
            foreach (var m in multipliers)
            {
                var value = m * Math.Pow(10, e);
                if (Math.Log10(value) <= high + 1e-9)
                {
                    yield return value;
                }
            }
        }
    }

    private static string Label(double value) => value switch
    {
        >= 1_000_000 => Invariant($"{value / 1_000_000:0.#}M"),
        >= 1_000 => Invariant($"{value / 1_000:0.#}k"),
        >= 1 => Invariant($"{value:0.#}"),
        _ => Invariant($"{value:0.###}"),
    };

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
