using System.Globalization;
using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Data;

/// <summary>
/// The Breast Cancer Wisconsin (Diagnostic) data set embedded in this assembly (see Data/README.md):
/// 569 rows, 30 features, label column <c>malignant</c> (1 = malignant).
/// </summary>
internal static class BreastCancerData
{
    /// <summary>The manifest name of the embedded CSV.</summary>
    public const string ResourceName = "OrleansClassifier.Models.Data.breast_cancer.csv";

    /// <summary>The label column, and the name of the positive class.</summary>
    public const string LabelColumn = "malignant";

    /// <summary>Class names in label order: 0 = benign, 1 = malignant.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["benign", "malignant"];

    /// <summary>Parses the embedded CSV. Row ids are <c>bc-NNNN</c>, the zero-based data row number.</summary>
    public static Dataset Load()
    {
        using var stream = typeof(BreastCancerData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses CSV text whose last column is the 0/1 label; other columns are features.</summary>
    public static Dataset Parse(TextReader reader)
    {
        var header = reader.ReadLine() ?? throw new FormatException("The CSV is empty.");
        var columns = header.Trim().Split(',');
        if (columns.Length < 2 || columns[^1] != LabelColumn)
        {
            throw new FormatException($"The last CSV column must be '{LabelColumn}'.");
        }

        var featureCount = columns.Length - 1;
        var features = new List<double>();
        var labels = new List<int>();
        var ids = new List<string>();
        string? line;
        var lineNumber = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            if (cells.Length != columns.Length)
            {
                throw new FormatException($"CSV line {lineNumber} has {cells.Length} cells; expected {columns.Length}.");
            }

            for (var f = 0; f < featureCount; f++)
            {
                features.Add(double.Parse(cells[f], NumberStyles.Float, CultureInfo.InvariantCulture));
            }

            labels.Add(int.Parse(cells[^1], NumberStyles.Integer, CultureInfo.InvariantCulture));
            ids.Add(string.Create(CultureInfo.InvariantCulture, $"bc-{labels.Count - 1:D4}"));
        }

        return new Dataset(columns[..featureCount], ClassNames, [.. features], [.. labels], ids);
    }
}
