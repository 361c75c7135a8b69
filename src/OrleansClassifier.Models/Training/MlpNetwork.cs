namespace OrleansClassifier.Models.Training;

/// <summary>A trained multi-layer perceptron together with the standardisation it expects.</summary>
internal sealed class MlpNetwork
{
    public MlpNetwork(Standardization standardization, IReadOnlyList<DenseLayer> layers)
    {
        ArgumentOutOfRangeException.ThrowIfZero(layers.Count);
        for (var i = 1; i < layers.Count; i++)
        {
            if (layers[i].Inputs != layers[i - 1].Outputs)
            {
                throw new ArgumentException(
                    $"Layer {i} takes {layers[i].Inputs} inputs but layer {i - 1} gives {layers[i - 1].Outputs}.",
                    nameof(layers));
            }
        }

        if (standardization.Mean.Count != layers[0].Inputs)
        {
            throw new ArgumentException("The standardisation does not match the first layer's width.", nameof(standardization));
        }

        Standardization = standardization;
        Layers = layers;
    }

    public Standardization Standardization { get; }

    public IReadOnlyList<DenseLayer> Layers { get; }

    public int InputCount => Layers[0].Inputs;

    public int OutputCount => Layers[^1].Outputs;

    /// <summary>Runs the network on one row of raw (unstandardised) features.</summary>
    public void Forward(ReadOnlySpan<double> features, Span<double> output)
    {
        var width = InputCount;
        foreach (var layer in Layers)
        {
            width = Math.Max(width, layer.Outputs);
        }

        var current = new double[width];
        var next = new double[width];
        Standardization.Apply(features, current);
        var currentWidth = InputCount;
        foreach (var layer in Layers)
        {
            layer.Forward(current.AsSpan(0, currentWidth), next.AsSpan(0, layer.Outputs));
            (current, next) = (next, current);
            currentWidth = layer.Outputs;
        }

        current.AsSpan(0, currentWidth).CopyTo(output);
    }

    /// <summary>
    /// The predicted class: probability at least 0.5 for a single-output (sigmoid) network, else the
    /// arg-max of the outputs, which is the same for logits and for their softmax.
    /// </summary>
    public int Predict(ReadOnlySpan<double> features)
    {
        Span<double> output = stackalloc double[OutputCount];
        Forward(features, output);
        if (OutputCount == 1)
        {
            return output[0] >= 0.5 ? 1 : 0;
        }

        var best = 0;
        for (var i = 1; i < output.Length; i++)
        {
            if (output[i] > output[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The share of rows of <paramref name="data"/> whose prediction equals the label.</summary>
    public double Accuracy(Dataset data)
    {
        var correct = 0;
        for (var row = 0; row < data.RowCount; row++)
        {
            if (Predict(data.Row(row)) == data.Labels[row])
            {
                correct++;
            }
        }

        return data.RowCount == 0 ? 0.0 : (double)correct / data.RowCount;
    }

    /// <summary>A copy with every parameter rounded to single precision, as the ONNX file stores it.</summary>
    public MlpNetwork RoundedToSingle()
    {
        var layers = new DenseLayer[Layers.Count];
        for (var i = 0; i < layers.Length; i++)
        {
            layers[i] = Layers[i].RoundedToSingle();
        }

        var mean = Standardization.Mean.Select(m => (double)(float)m).ToArray();
        var scale = Standardization.Scale.Select(s => (double)(float)s).ToArray();
        return new MlpNetwork(new Standardization(mean, scale), layers);
    }
}
