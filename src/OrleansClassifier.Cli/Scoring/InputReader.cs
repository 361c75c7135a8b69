using System.Globalization;
using System.Text.Json;

namespace OrleansClassifier.Cli.Scoring;

/// <summary>
/// Reads instances from a CSV file (a header row; every column but the id and label columns is a feature)
/// or a JSON-lines file (<c>{"id": "...", "features": [...], "label": ...}</c> per line).
/// </summary>
internal static class InputReader
{
    public static List<ScoringRow> Read(string path, string idColumn, string labelColumn)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        using var reader = new StreamReader(path);
        return extension is ".jsonl" or ".ndjson" or ".json" ? ReadJsonLines(reader) : ReadCsv(reader, idColumn, labelColumn);
    }

    public static List<ScoringRow> ReadCsv(TextReader reader, string idColumn, string labelColumn)
    {
        var header = reader.ReadLine() ?? throw new FormatException("the CSV file is empty: a header row is required.");
        var columns = SplitCsvLine(header);
        var idIndex = columns.FindIndex(c => string.Equals(c, idColumn, StringComparison.OrdinalIgnoreCase));
        var labelIndex = columns.FindIndex(c => string.Equals(c, labelColumn, StringComparison.OrdinalIgnoreCase));
        var featureIndexes = Enumerable.Range(0, columns.Count).Where(i => i != idIndex && i != labelIndex).ToArray();

        var rows = new List<ScoringRow>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = SplitCsvLine(line);
            if (cells.Count != columns.Count)
            {
                throw new FormatException($"line {lineNumber} has {cells.Count} cells; the header has {columns.Count}.");
            }

            var features = new float[featureIndexes.Length];
            for (var i = 0; i < featureIndexes.Length; i++)
            {
                var cell = cells[featureIndexes[i]];
                if (!float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out features[i]))
                {
                    throw new FormatException($"line {lineNumber}, column '{columns[featureIndexes[i]]}': '{cell}' is not a number.");
                }
            }

            var id = idIndex >= 0 ? cells[idIndex] : (lineNumber - 1).ToString(CultureInfo.InvariantCulture);
            rows.Add(new ScoringRow(id, features, labelIndex >= 0 ? cells[labelIndex] : null));
        }

        return rows;
    }

    public static List<ScoringRow> ReadJsonLines(TextReader reader)
    {
        var rows = new List<ScoringRow>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (!root.TryGetProperty("features", out var featuresElement) || featuresElement.ValueKind != JsonValueKind.Array)
                {
                    throw new FormatException($"line {lineNumber}: a \"features\" array is required.");
                }

                var features = featuresElement.EnumerateArray().Select(e => e.GetSingle()).ToArray();
                var id = root.TryGetProperty("id", out var idElement)
                    ? (idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText())
                    : lineNumber.ToString(CultureInfo.InvariantCulture);
                string? label = root.TryGetProperty("label", out var labelElement)
                    ? (labelElement.ValueKind == JsonValueKind.String ? labelElement.GetString() : labelElement.GetRawText())
                    : null;
                rows.Add(new ScoringRow(id, features, label));
            }
            catch (JsonException ex)
            {
                throw new FormatException($"line {lineNumber} is not valid JSON: {ex.Message}", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new FormatException($"line {lineNumber}: features must be numbers ({ex.Message}).", ex);
            }
        }

        return rows;
    }

    /// <summary>Splits a CSV line, honouring double-quoted cells ("" is a quote inside one).</summary>
    public static List<string> SplitCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
