using System.Globalization;

namespace OrleansClassifier.Cli.Scoring;

/// <summary>Writes scored rows as CSV: id, label, label name, score, threshold, then probabilities when asked.</summary>
internal static class ScoreOutput
{
    public static void WriteCsv(TextWriter writer, IReadOnlyList<ScoredRow> rows, bool probabilities)
    {
        var classes = probabilities ? rows.Where(r => r.Prediction is not null).Select(r => r.Prediction!.Probabilities.Count).DefaultIfEmpty(0).Max() : 0;
        var hasTruth = rows.Any(r => r.Input.Label is not null);
        var header = "id,label,label_name,score,threshold"
            + string.Concat(Enumerable.Range(0, classes).Select(i => $",p{i}"))
            + (hasTruth ? ",true_label" : string.Empty)
            + ",error";
        writer.WriteLine(header);
        foreach (var row in rows)
        {
            var p = row.Prediction;
            var cells = new List<string>
            {
                Quote(row.Input.Id),
                p is null ? string.Empty : p.Label.ToString(CultureInfo.InvariantCulture),
                p is null ? string.Empty : Quote(p.LabelName),
                p is null ? string.Empty : p.Score.ToString("G6", CultureInfo.InvariantCulture),
                p is { HasThreshold: true } ? p.Threshold.ToString("G6", CultureInfo.InvariantCulture) : string.Empty,
            };
            for (var i = 0; i < classes; i++)
            {
                cells.Add(p is not null && i < p.Probabilities.Count ? p.Probabilities[i].ToString("G6", CultureInfo.InvariantCulture) : string.Empty);
            }

            if (hasTruth)
            {
                cells.Add(Quote(row.Input.Label ?? string.Empty));
            }

            cells.Add(Quote(row.Error ?? string.Empty));
            writer.WriteLine(string.Join(',', cells));
        }
    }

    /// <summary>Accuracy over rows whose true label is a class index or name; null when none is.</summary>
    public static (double Accuracy, int Labelled)? Accuracy(IReadOnlyList<ScoredRow> rows)
    {
        var labelled = rows.Where(r => r.Prediction is not null && r.Input.Label is not null).ToList();
        if (labelled.Count == 0)
        {
            return null;
        }

        var correct = labelled.Count(r =>
            string.Equals(r.Input.Label, r.Prediction!.Label.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || string.Equals(r.Input.Label, r.Prediction.LabelName, StringComparison.OrdinalIgnoreCase));
        return ((double)correct / labelled.Count, labelled.Count);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
