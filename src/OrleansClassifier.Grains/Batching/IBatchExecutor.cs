namespace OrleansClassifier.Grains.Batching;

/// <summary>
/// Runs one device batch, synchronously, on the batcher's worker thread: <c>rows</c> rows of
/// <see cref="FeatureCount"/> features into <see cref="ClassCount"/> probabilities each.
/// </summary>
internal interface IBatchExecutor
{
    int FeatureCount { get; }

    int ClassCount { get; }

    /// <summary>Runs the first <paramref name="rows"/> rows of <paramref name="input"/> into <paramref name="output"/>.</summary>
    void Run(float[] input, int rows, float[] output);
}
