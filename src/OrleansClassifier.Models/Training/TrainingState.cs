namespace OrleansClassifier.Models.Training;

/// <summary>Activations, gradients and Adam moments of one training run; used by <see cref="MlpTrainer"/> only.</summary>
internal sealed class TrainingState
{
    private readonly DenseLayer[] _layers;
    private readonly double[][] _activations;
    private readonly double[][] _deltas;
    private readonly double[][] _weightGradients;
    private readonly double[][] _biasGradients;
    private readonly double[][] _weightMoment1;
    private readonly double[][] _weightMoment2;
    private readonly double[][] _biasMoment1;
    private readonly double[][] _biasMoment2;
    private double _beta1Power = 1.0;
    private double _beta2Power = 1.0;

    public TrainingState(DenseLayer[] layers)
    {
        _layers = layers;
        _activations = new double[layers.Length + 1][];
        _activations[0] = new double[layers[0].Inputs];
        _deltas = new double[layers.Length][];
        _weightGradients = new double[layers.Length][];
        _biasGradients = new double[layers.Length][];
        _weightMoment1 = new double[layers.Length][];
        _weightMoment2 = new double[layers.Length][];
        _biasMoment1 = new double[layers.Length][];
        _biasMoment2 = new double[layers.Length][];
        for (var l = 0; l < layers.Length; l++)
        {
            _activations[l + 1] = new double[layers[l].Outputs];
            _deltas[l] = new double[layers[l].Outputs];
            _weightGradients[l] = new double[layers[l].Weights.Length];
            _biasGradients[l] = new double[layers[l].Outputs];
            _weightMoment1[l] = new double[layers[l].Weights.Length];
            _weightMoment2[l] = new double[layers[l].Weights.Length];
            _biasMoment1[l] = new double[layers[l].Outputs];
            _biasMoment2[l] = new double[layers[l].Outputs];
        }
    }

    public void ClearGradients()
    {
        for (var l = 0; l < _layers.Length; l++)
        {
            Array.Clear(_weightGradients[l]);
            Array.Clear(_biasGradients[l]);
        }
    }

    /// <summary>Adds the loss gradient of one standardised sample to the gradient sums.</summary>
    public void Accumulate(ReadOnlySpan<double> input, int label, MlpLoss loss)
    {
        input.CopyTo(_activations[0]);
        for (var l = 0; l < _layers.Length; l++)
        {
            _layers[l].Forward(_activations[l], _activations[l + 1]);
        }

        // Both losses have the same gradient with respect to the last pre-activation: prediction - target.
        var last = _layers.Length - 1;
        var output = _activations[last + 1];
        var delta = _deltas[last];
        if (loss == MlpLoss.BinaryCrossEntropy)
        {
            delta[0] = output[0] - label;
        }
        else
        {
            DeterministicMath.Softmax(output, delta);
            delta[label] -= 1.0;
        }

        for (var l = last; l >= 0; l--)
        {
            var layer = _layers[l];
            var activation = _activations[l];
            delta = _deltas[l];
            var weightGradient = _weightGradients[l];
            var biasGradient = _biasGradients[l];
            var outputs = layer.Outputs;
            for (var j = 0; j < outputs; j++)
            {
                biasGradient[j] += delta[j];
            }

            for (var i = 0; i < layer.Inputs; i++)
            {
                var x = activation[i];
                if (x == 0.0)
                {
                    continue;
                }

                var row = weightGradient.AsSpan(i * outputs, outputs);
                for (var j = 0; j < outputs; j++)
                {
                    row[j] += x * delta[j];
                }
            }

            if (l == 0)
            {
                break;
            }

            // The layer below is a ReLU layer: its derivative is 1 where its output was positive.
            var below = _deltas[l - 1];
            var weights = layer.Weights;
            for (var i = 0; i < layer.Inputs; i++)
            {
                if (activation[i] <= 0.0)
                {
                    below[i] = 0.0;
                    continue;
                }

                var sum = 0.0;
                var row = weights.AsSpan(i * outputs, outputs);
                for (var j = 0; j < outputs; j++)
                {
                    sum += row[j] * delta[j];
                }

                below[i] = sum;
            }
        }
    }

    /// <summary>One Adam update with the gradient sums scaled by <paramref name="gradientScale"/>.</summary>
    public void AdamStep(double gradientScale, MlpTrainerOptions options)
    {
        // Running products instead of Math.Pow, which is a C-library call.
        _beta1Power *= options.Beta1;
        _beta2Power *= options.Beta2;
        var correction1 = 1.0 - _beta1Power;
        var correction2 = 1.0 - _beta2Power;
        for (var l = 0; l < _layers.Length; l++)
        {
            Update(_layers[l].Weights, _weightGradients[l], _weightMoment1[l], _weightMoment2[l]);
            Update(_layers[l].Bias, _biasGradients[l], _biasMoment1[l], _biasMoment2[l]);
        }

        void Update(double[] parameters, double[] gradients, double[] moment1, double[] moment2)
        {
            for (var p = 0; p < parameters.Length; p++)
            {
                var g = gradients[p] * gradientScale;
                moment1[p] = (options.Beta1 * moment1[p]) + ((1.0 - options.Beta1) * g);
                moment2[p] = (options.Beta2 * moment2[p]) + ((1.0 - options.Beta2) * g * g);
                var m = moment1[p] / correction1;
                var v = moment2[p] / correction2;
                parameters[p] -= options.LearningRate * m / (Math.Sqrt(v) + options.Epsilon);
            }
        }
    }
}
