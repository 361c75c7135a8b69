using System.Globalization;

namespace OrleansClassifier.Bench.Cli;

/// <summary>Parsers for the suite's option values; each failure is a <see cref="BenchException"/> naming the option.</summary>
internal static class ValueParsers
{
    public static IReadOnlyList<string> List(string option, string text)
    {
        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length > 0 ? items : throw new BenchException($"{option}: expected a comma-separated list, got '{text}'.");
    }

    public static IReadOnlyList<double> PositiveNumbers(string option, string text, double max) =>
        [.. List(option, text).Select(item =>
            double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max && double.IsFinite(value)
                ? value
                : throw new BenchException($"{option}: '{item}' is not a number in (0, {max.ToString(CultureInfo.InvariantCulture)}].")),];

    public static IReadOnlyList<int> PositiveIntegers(string option, string text, int max) =>
        [.. List(option, text).Select(item =>
            int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max
                ? value
                : throw new BenchException($"{option}: '{item}' is not a whole number from 1 to {max.ToString(CultureInfo.InvariantCulture)}.")),];

    /// <summary>A duration: <c>500ms</c>, <c>3s</c>, <c>1m</c>, or a plain number of seconds.</summary>
    public static TimeSpan Duration(string option, string text, TimeSpan min, TimeSpan max)
    {
        var trimmed = text.Trim();
        var (number, scale) = trimmed.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (trimmed[..^2], 0.001)
            : trimmed.EndsWith('s') || trimmed.EndsWith('S') ? (trimmed[..^1], 1.0)
            : trimmed.EndsWith('m') || trimmed.EndsWith('M') ? (trimmed[..^1], 60.0)
            : (trimmed, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new BenchException($"{option}: '{text}' is not a duration (e.g. 500ms, 3s, 1m).");
        }

        var span = TimeSpan.FromSeconds(value * scale);
        return span >= min && span <= max
            ? span
            : throw new BenchException($"{option}: {text} is outside {Show(min)}..{Show(max)}.");
    }

    public static int Range(string option, int value, int min, int max) =>
        value >= min && value <= max
            ? value
            : throw new BenchException($"{option}: {value.ToString(CultureInfo.InvariantCulture)} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}.");

    private static string Show(TimeSpan span) => span.TotalSeconds >= 1
        ? span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s"
        : span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + "ms";
}
