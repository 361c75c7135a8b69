using System.Globalization;
using System.Text;
using System.Text.Json;
using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Demo;

/// <summary>Writes rows of a <see cref="Dataset"/> as sample files: CSV with a header, or JSON lines.</summary>
internal static class SampleFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// CSV: <c>id</c>, the features, then <paramref name="labelColumn"/> holding the value that
    /// <paramref name="formatLabel"/> gives. Numbers use the shortest round-trip invariant format; lines end in LF.
    /// </summary>
    public static void WriteCsv(string path, Dataset data, string labelColumn, Func<int, string> formatLabel)
    {
        var text = new StringBuilder();
        text.Append("id");
        foreach (var name in data.FeatureNames)
        {
            text.Append(',').Append(name);
        }

        text.Append(',').Append(labelColumn).Append('\n');
        for (var row = 0; row < data.RowCount; row++)
        {
            text.Append(data.RowIds[row]);
            foreach (var value in data.Row(row))
            {
                text.Append(',').Append(Format(value));
            }

            text.Append(',').Append(formatLabel(data.Labels[row])).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), Utf8NoBom);
    }

    /// <summary>JSON lines: one <c>{"id":"...","features":[...]}</c> object per row.</summary>
    public static void WriteJsonLines(string path, Dataset data)
    {
        using var stream = new MemoryStream();
        for (var row = 0; row < data.RowCount; row++)
        {
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("id", data.RowIds[row]);
                writer.WriteStartArray("features");
                foreach (var value in data.Row(row))
                {
                    writer.WriteRawValue(Format(value));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            stream.Write("\n"u8);
        }

        File.WriteAllBytes(path, stream.ToArray());
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
