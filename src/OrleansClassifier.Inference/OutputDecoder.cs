namespace OrleansClassifier.Inference;

/// <summary>
/// Turns a graph's raw output into class probabilities, one row of <c>classes</c> values per instance:
/// binary models always give [1 − p, p]; logits get sigmoid (one column) or softmax (several).
/// </summary>
public static class OutputDecoder
{
    /// <summary>The number of probability columns a model's predictions have.</summary>
    public static int ClassColumns(ModelTask task, int outputColumns) => task == ModelTask.Binary ? 2 : outputColumns;

    /// <summary>Decodes <paramref name="rows"/> rows of <paramref name="outputColumns"/> raw values into <paramref name="destination"/>.</summary>
    public static void Decode(ModelTask task, OutputKind kind, ReadOnlySpan<float> raw, int rows, int outputColumns, Span<float> destination)
    {
        var classes = ClassColumns(task, outputColumns);
        if (raw.Length != rows * outputColumns)
        {
            throw new ArgumentException($"Expected {rows * outputColumns} raw values ({rows} rows × {outputColumns}), got {raw.Length}.", nameof(raw));
        }

        if (destination.Length < rows * classes)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values; {rows * classes} are needed.", nameof(destination));
        }

        for (var row = 0; row < rows; row++)
        {
            var input = raw.Slice(row * outputColumns, outputColumns);
            var output = destination.Slice(row * classes, classes);
            if (outputColumns == 1)
            {
                var p = kind == OutputKind.Logits ? Sigmoid(input[0]) : input[0];
                output[0] = 1f - p;
                output[1] = p;
            }
            else if (kind == OutputKind.Logits)
            {
                Softmax(input, output);
            }
            else
            {
                input.CopyTo(output);
            }
        }
    }

    /// <summary>The logistic function, computed without overflow for large |x|.</summary>
    public static float Sigmoid(float x)
    {
        if (x >= 0)
        {
            return (float)(1.0 / (1.0 + Math.Exp(-x)));
        }

        var e = Math.Exp(x);
        return (float)(e / (1.0 + e));
    }

    /// <summary>Softmax of <paramref name="logits"/> into <paramref name="destination"/>, shifted by the maximum for stability.</summary>
    public static void Softmax(ReadOnlySpan<float> logits, Span<float> destination)
    {
        var max = float.NegativeInfinity;
        foreach (var v in logits)
        {
            max = Math.Max(max, v);
        }

        double sum = 0;
        for (var i = 0; i < logits.Length; i++)
        {
            var e = Math.Exp(logits[i] - max);
            destination[i] = (float)e;
            sum += e;
        }

        for (var i = 0; i < logits.Length; i++)
        {
            destination[i] = (float)(destination[i] / sum);
        }
    }
}
