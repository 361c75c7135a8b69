using OrleansClassifier.Models.Onnx;
using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Tests.Onnx;

/// <summary>
/// An independent forward pass in plain C#, straight from the definition's float weights, in double
/// precision with Math.Exp: what the ONNX graph should compute.
/// </summary>
internal static class ReferenceMlp
{
    public static double[] Forward(MlpModelDefinition definition, float[] input, int batch)
    {
        var width = definition.Layers[0].Inputs;
        var outputWidth = definition.Layers[^1].Outputs;
        var result = new double[batch * outputWidth];
        for (var b = 0; b < batch; b++)
        {
            var x = new double[width];
            for (var f = 0; f < width; f++)
            {
                double value = input[(b * width) + f];
                if (definition.Mean is not null && definition.Scale is not null)
                {
                    value = (value - definition.Mean[f]) * definition.Scale[f];
                }

                x[f] = value;
            }

            foreach (var layer in definition.Layers)
            {
                var y = new double[layer.Outputs];
                for (var j = 0; j < layer.Outputs; j++)
                {
                    double sum = layer.Bias[j];
                    for (var i = 0; i < layer.Inputs; i++)
                    {
                        sum += x[i] * layer.Weights[(i * layer.Outputs) + j];
                    }

                    y[j] = sum;
                }

                x = Activate(y, layer.Activation);
            }

            Array.Copy(x, 0, result, b * outputWidth, outputWidth);
        }

        return result;
    }

    private static double[] Activate(double[] y, LayerActivation activation)
    {
        switch (activation)
        {
            case LayerActivation.Relu:
                return y.Select(v => v > 0 ? v : 0.0).ToArray();
            case LayerActivation.Sigmoid:
                return y.Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray();
            case LayerActivation.Softmax:
                var max = y.Max();
                var exps = y.Select(v => Math.Exp(v - max)).ToArray();
                var total = exps.Sum();
                return exps.Select(e => e / total).ToArray();
            default:
                return y;
        }
    }
}
