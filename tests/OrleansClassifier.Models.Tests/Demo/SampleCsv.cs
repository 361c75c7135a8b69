using System.Globalization;

namespace OrleansClassifier.Models.Tests.Demo;

/// <summary>A sample CSV read back: ids, features as float rows, label strings.</summary>
internal sealed record SampleCsv(string[] Header, string[] Ids, float[] Features, int FeatureCount, string[] Labels)
{
    public int RowCount => Ids.Length;

    /// <summary>Reads a sample whose first column is <c>id</c> and last column the label.</summary>
    public static SampleCsv Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var featureCount = header.Length - 2;
        var ids = new List<string>();
        var features = new List<float>();
        var labels = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            ids.Add(cells[0]);
            features.AddRange(cells[1..^1].Select(c => float.Parse(c, CultureInfo.InvariantCulture)));
            labels.Add(cells[^1]);
        }

        return new SampleCsv(header, [.. ids], [.. features], featureCount, [.. labels]);
    }
}
