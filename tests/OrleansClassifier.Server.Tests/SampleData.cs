using OrleansClassifier.Cli.Scoring;
using OrleansClassifier.Tests.Shared;

namespace OrleansClassifier.Server.Tests;

/// <summary>The committed sample files, read with the command line's own reader.</summary>
internal static class SampleData
{
    public static List<ScoringRow> BreastCancer() =>
        InputReader.Read(Path.Combine(TestPaths.Samples, "breast_cancer_sample.csv"), "id", "malignant");

    public static List<ScoringRow> Gaussian() =>
        InputReader.Read(Path.Combine(TestPaths.Samples, "gaussian_3class_sample.csv"), "id", "label");
}
