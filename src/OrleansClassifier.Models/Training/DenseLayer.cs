namespace OrleansClassifier.Models.Training;

/// <summary>
/// One fully connected layer, y = activation(x W + b). <see cref="Weights"/> is row-major with shape
/// [Inputs, Outputs], the layout of an ONNX MatMul right-hand side, so it is written out unchanged.
/// </summary>
internal sealed class DenseLayer
{
    public DenseLayer(int inputs, int outputs, LayerActivation activation)
        : this(inputs, outputs, new double[inputs * outputs], new double[outputs], activation)
    {
    }

    public DenseLayer(int inputs, int outputs, double[] weights, double[] bias, LayerActivation activation)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        ArgumentOutOfRangeException.ThrowIfNotEqual(weights.Length, inputs * outputs);
        ArgumentOutOfRangeException.ThrowIfNotEqual(bias.Length, outputs);
        Inputs = inputs;
        Outputs = outputs;
        Weights = weights;
        Bias = bias;
        Activation = activation;
    }

    public int Inputs { get; }

    public int Outputs { get; }

    /// <summary>Row-major [Inputs, Outputs]; mutable so the trainer can update it in place.</summary>
    public double[] Weights { get; }

    public double[] Bias { get; }

    public LayerActivation Activation { get; }

    /// <summary>Computes this layer for one sample; <paramref name="output"/> has <see cref="Outputs"/> elements.</summary>
    public void Forward(ReadOnlySpan<double> input, Span<double> output)
    {
        Bias.AsSpan().CopyTo(output);
        for (var i = 0; i < Inputs; i++)
        {
            var x = input[i];
            if (x == 0.0)
            {
                continue;
            }

            var row = Weights.AsSpan(i * Outputs, Outputs);
            for (var j = 0; j < Outputs; j++)
            {
                output[j] += x * row[j];
            }
        }

        switch (Activation)
        {
            case LayerActivation.Relu:
                for (var j = 0; j < Outputs; j++)
                {
                    output[j] = Math.Max(0.0, output[j]);
                }

                break;
            case LayerActivation.Sigmoid:
                for (var j = 0; j < Outputs; j++)
                {
                    output[j] = DeterministicMath.Sigmoid(output[j]);
                }

                break;
            case LayerActivation.Softmax:
                Span<double> logits = stackalloc double[Outputs];
                output.CopyTo(logits);
                DeterministicMath.Softmax(logits, output);
                break;
            case LayerActivation.None:
            default:
                break;
        }
    }

    /// <summary>A copy whose parameters are rounded to single precision, as they are stored in ONNX.</summary>
    public DenseLayer RoundedToSingle() =>
        new(Inputs, Outputs, Round(Weights), Round(Bias), Activation);

    private static double[] Round(double[] values)
    {
        var rounded = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            rounded[i] = (float)values[i];
        }

        return rounded;
    }
}
