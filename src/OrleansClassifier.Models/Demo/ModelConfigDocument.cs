using System.Text;
using System.Text.Json;

namespace OrleansClassifier.Models.Demo;

/// <summary>
/// A model's <c>config.json</c> as the server reads it. Written by hand with <see cref="Utf8JsonWriter"/>
/// so the property order, the indentation and the line endings never change.
/// </summary>
internal sealed record ModelConfigDocument(
    string Task,
    string Output,
    string InputName,
    string OutputName,
    IReadOnlyList<string> ClassNames,
    double? TrainingPositiveRate,
    string Description)
{
    /// <summary>The file name beside the version folders.</summary>
    public const string FileName = "config.json";

    /// <summary>Indented camelCase JSON with LF line endings and a final newline, UTF-8 without a BOM.</summary>
    public byte[] ToUtf8Json()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("task", Task);
            writer.WriteString("output", Output);
            writer.WriteString("inputName", InputName);
            writer.WriteString("outputName", OutputName);
            writer.WriteStartArray("classNames");
            foreach (var name in ClassNames)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            if (TrainingPositiveRate is { } rate)
            {
                writer.WriteNumber("trainingPositiveRate", rate);
            }

            writer.WriteString("description", Description);
            writer.WriteEndObject();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    /// <summary>Writes the document to <paramref name="path"/>.</summary>
    public void Write(string path) => File.WriteAllBytes(path, ToUtf8Json());

    /// <summary>The text of <see cref="ToUtf8Json"/>.</summary>
    public override string ToString() => Encoding.UTF8.GetString(ToUtf8Json());
}
