namespace OrleansClassifier.Grains.Batching;

/// <summary>Runs one device batch: <c>rows</c> rows of <see cref="FeatureCount"/> features into <see cref="ClassCount"/> probabilities each.</summary>
internal interface IBatchExecutor
{
    int FeatureCount { get; }

    int ClassCount { get; }

    /// <summary>Runs the first <paramref name="rows"/> rows of <paramref name="input"/> into <paramref name="output"/>.</summary>
    Task RunAsync(float[] input, int rows, float[] output);
}
