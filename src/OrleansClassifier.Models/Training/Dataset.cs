namespace OrleansClassifier.Models.Training;

/// <summary>A dense, in-memory classification data set: row-major features, integer labels, row ids.</summary>
internal sealed class Dataset
{
    private readonly double[] _features;

    public Dataset(
        IReadOnlyList<string> featureNames,
        IReadOnlyList<string> classNames,
        double[] features,
        int[] labels,
        IReadOnlyList<string> rowIds)
    {
        ArgumentOutOfRangeException.ThrowIfZero(featureNames.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(classNames.Count, 2);
        if (features.Length != labels.Length * featureNames.Count)
        {
            throw new ArgumentException(
                $"Expected {labels.Length} x {featureNames.Count} feature values but got {features.Length}.",
                nameof(features));
        }

        if (rowIds.Count != labels.Length)
        {
            throw new ArgumentException($"Expected {labels.Length} row ids but got {rowIds.Count}.", nameof(rowIds));
        }

        foreach (var label in labels)
        {
            if ((uint)label >= (uint)classNames.Count)
            {
                throw new ArgumentException($"Label {label} is outside [0, {classNames.Count}).", nameof(labels));
            }
        }

        FeatureNames = featureNames;
        ClassNames = classNames;
        _features = features;
        Labels = labels;
        RowIds = rowIds;
    }

    public IReadOnlyList<string> FeatureNames { get; }

    public IReadOnlyList<string> ClassNames { get; }

    public IReadOnlyList<int> Labels { get; }

    public IReadOnlyList<string> RowIds { get; }

    public int FeatureCount => FeatureNames.Count;

    public int ClassCount => ClassNames.Count;

    public int RowCount => Labels.Count;

    public ReadOnlySpan<double> Row(int index) => _features.AsSpan(index * FeatureCount, FeatureCount);

    /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
    public Dataset Subset(IReadOnlyList<int> indices)
    {
        var features = new double[indices.Count * FeatureCount];
        var labels = new int[indices.Count];
        var ids = new string[indices.Count];
        for (var i = 0; i < indices.Count; i++)
        {
            Row(indices[i]).CopyTo(features.AsSpan(i * FeatureCount, FeatureCount));
            labels[i] = Labels[indices[i]];
            ids[i] = RowIds[indices[i]];
        }

        return new Dataset(FeatureNames, ClassNames, features, labels, ids);
    }

    /// <summary>The share of rows whose label is <paramref name="label"/>.</summary>
    public double LabelRate(int label)
    {
        var count = 0;
        foreach (var value in Labels)
        {
            if (value == label)
            {
                count++;
            }
        }

        return RowCount == 0 ? 0.0 : (double)count / RowCount;
    }
}
