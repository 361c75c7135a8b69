namespace OrleansClassifier.Decisions.Estimators;

/// <summary>The Wilson score interval of a proportion.</summary>
internal static class WilsonInterval
{
    /// <summary>The interval around <paramref name="proportion"/> observed on <paramref name="n"/> trials (n may be fractional).</summary>
    public static (double Lower, double Upper) Compute(double proportion, double n, double z)
    {
        var z2n = z * z / n;
        var denominator = 1 + z2n;
        var centre = (proportion + (z2n / 2)) / denominator;
        var half = z * Math.Sqrt((proportion * (1 - proportion) / n) + (z2n / (4 * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
