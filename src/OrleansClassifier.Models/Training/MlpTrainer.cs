namespace OrleansClassifier.Models.Training;

/// <summary>
/// Minibatch Adam for small multi-layer perceptrons, written to be reproducible bit for bit: a seeded
/// SplitMix64 for initialisation and shuffling, scalar double arithmetic in a fixed order (no SIMD,
/// no threads, no BLAS), and no C-library transcendental functions. The same data and options give
/// the same weights on any machine.
/// </summary>
internal static class MlpTrainer
{
    public static MlpNetwork Train(Dataset train, Standardization standardization, MlpTrainerOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfZero(train.RowCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Epochs);

        var random = new SplitMix64(options.Seed);
        var layers = CreateLayers(train, options, random);
        var network = new MlpNetwork(standardization, layers);

        var featureCount = train.FeatureCount;
        var inputs = new double[train.RowCount * featureCount];
        for (var row = 0; row < train.RowCount; row++)
        {
            standardization.Apply(train.Row(row), inputs.AsSpan(row * featureCount, featureCount));
        }

        var state = new TrainingState(layers);
        var order = Enumerable.Range(0, train.RowCount).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order.AsSpan());
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                var count = Math.Min(options.BatchSize, order.Length - start);
                state.ClearGradients();
                for (var k = 0; k < count; k++)
                {
                    var row = order[start + k];
                    state.Accumulate(inputs.AsSpan(row * featureCount, featureCount), train.Labels[row], options.Loss);
                }

                state.AdamStep(1.0 / count, options);
            }
        }

        return network;
    }

    private static DenseLayer[] CreateLayers(Dataset train, MlpTrainerOptions options, SplitMix64 random)
    {
        var outputs = options.Loss == MlpLoss.BinaryCrossEntropy ? 1 : train.ClassCount;
        if (options.Loss == MlpLoss.BinaryCrossEntropy && train.ClassCount != 2)
        {
            throw new ArgumentException("Binary cross-entropy needs exactly two classes.", nameof(train));
        }

        var layers = new DenseLayer[options.HiddenLayers.Count + 1];
        var width = train.FeatureCount;
        for (var i = 0; i < layers.Length; i++)
        {
            var isLast = i == layers.Length - 1;
            var next = isLast ? outputs : options.HiddenLayers[i];
            var activation = !isLast
                ? LayerActivation.Relu
                : options.Loss == MlpLoss.BinaryCrossEntropy ? LayerActivation.Sigmoid : LayerActivation.None;
            var layer = new DenseLayer(width, next, activation);

            // He uniform before a ReLU, Glorot uniform for the output layer; biases start at zero.
            var limit = isLast ? Math.Sqrt(6.0 / (width + next)) : Math.Sqrt(6.0 / width);
            for (var w = 0; w < layer.Weights.Length; w++)
            {
                layer.Weights[w] = random.NextUniform(-limit, limit);
            }

            layers[i] = layer;
            width = next;
        }

        return layers;
    }
}
