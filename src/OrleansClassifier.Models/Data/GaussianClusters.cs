using System.Globalization;
using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Data;

/// <summary>
/// A synthetic, deterministic three-class data set: overlapping Gaussian clusters in six features,
/// one of them pure noise. It exists to demonstrate a multi-class model; it describes nothing real.
/// </summary>
internal static class GaussianClusters
{
    /// <summary>The label column of the sample file; it holds class names.</summary>
    public const string LabelColumn = "label";

    private const int FeatureCount = 6;
    private const double Spread = 1.0;

    // Cluster centres, one row per class; the last feature is the same for all classes (noise only).
    private static readonly double[][] Centres =
    [
        [1.5, 0.0, 0.75, -0.75, 0.0, 0.0],
        [-0.75, 1.5, 0.0, 0.75, -0.75, 0.0],
        [0.0, -1.5, -0.75, 0.0, 0.75, 0.0],
    ];

    /// <summary>The class names, in label order.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["alpha", "beta", "gamma"];

    /// <summary>
    /// Generates <paramref name="rowsPerClass"/> rows per class, interleaved (row i has class i mod 3),
    /// with features rounded to three decimals. Row ids are <c>g3-NNNN</c>.
    /// </summary>
    public static Dataset Generate(int rowsPerClass, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowsPerClass);
        var random = new SplitMix64(seed);
        var classCount = Centres.Length;
        var rows = rowsPerClass * classCount;
        var features = new double[rows * FeatureCount];
        var labels = new int[rows];
        var ids = new string[rows];
        for (var row = 0; row < rows; row++)
        {
            var label = row % classCount;
            labels[row] = label;
            ids[row] = string.Create(CultureInfo.InvariantCulture, $"g3-{row:D4}");
            for (var f = 0; f < FeatureCount; f++)
            {
                var value = Centres[label][f] + (Spread * random.NextStandardNormal());
                features[(row * FeatureCount) + f] = Math.Round(value, 3, MidpointRounding.ToEven);
            }
        }

        var names = Enumerable.Range(1, FeatureCount)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"feature_{i}"))
            .ToArray();
        return new Dataset(names, ClassNames, features, labels, ids);
    }
}
