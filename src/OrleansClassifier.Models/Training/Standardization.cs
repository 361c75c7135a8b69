namespace OrleansClassifier.Models.Training;

/// <summary>Per-feature centring and scaling: z = (x - Mean) * Scale, with Scale = 1 / standard deviation.</summary>
internal sealed record Standardization(IReadOnlyList<double> Mean, IReadOnlyList<double> Scale)
{
    /// <summary>Population mean and standard deviation of every feature over <paramref name="data"/>.</summary>
    public static Standardization Fit(Dataset data)
    {
        var featureCount = data.FeatureCount;
        var mean = new double[featureCount];
        var scale = new double[featureCount];
        for (var row = 0; row < data.RowCount; row++)
        {
            var values = data.Row(row);
            for (var f = 0; f < featureCount; f++)
            {
                mean[f] += values[f];
            }
        }

        for (var f = 0; f < featureCount; f++)
        {
            mean[f] /= data.RowCount;
        }

        var variance = new double[featureCount];
        for (var row = 0; row < data.RowCount; row++)
        {
            var values = data.Row(row);
            for (var f = 0; f < featureCount; f++)
            {
                var d = values[f] - mean[f];
                variance[f] += d * d;
            }
        }

        for (var f = 0; f < featureCount; f++)
        {
            var std = Math.Sqrt(variance[f] / data.RowCount);

            // A constant feature carries no information; leave it unscaled rather than divide by zero.
            scale[f] = std > 1e-12 ? 1.0 / std : 1.0;
        }

        return new Standardization(mean, scale);
    }

    /// <summary>Identity: mean 0, scale 1.</summary>
    public static Standardization Identity(int featureCount) =>
        new(new double[featureCount], Enumerable.Repeat(1.0, featureCount).ToArray());

    public void Apply(ReadOnlySpan<double> features, Span<double> standardized)
    {
        for (var f = 0; f < features.Length; f++)
        {
            standardized[f] = (features[f] - Mean[f]) * Scale[f];
        }
    }
}
