namespace OrleansClassifier.Decisions;

/// <summary>
/// The decision rules of the design: argmax for multi-class models, p &gt; t for binary ones.
/// This is the one seam through which every label is decided; threshold policies change the
/// <see cref="DecisionParameters"/> they are given, never the rule.
/// </summary>
public static class DecisionRules
{
    /// <summary>Decides one instance from its class probabilities.</summary>
    /// <param name="task">The model's task.</param>
    /// <param name="probabilities">Binary models: one value (p) or two ([1-p, p]); multi-class: one per class.</param>
    /// <param name="parameters">The tenant's parameters (the threshold of binary models).</param>
    public static Decision Decide(ClassificationTask task, ReadOnlySpan<float> probabilities, in DecisionParameters parameters)
    {
        if (probabilities.IsEmpty)
        {
            throw new ArgumentException("At least one probability is required.", nameof(probabilities));
        }

        return task switch
        {
            ClassificationTask.Binary => DecideBinary(probabilities[^1], parameters.Threshold),
            ClassificationTask.Multiclass => DecideArgmax(probabilities),
            _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown task."),
        };
    }

    /// <summary>Label 1 when <paramref name="p"/> is strictly above <paramref name="threshold"/>, else 0.</summary>
    public static Decision DecideBinary(float p, float threshold) => new(p > threshold ? 1 : 0, p, threshold);

    /// <summary>The class of highest probability; a tie goes to the lowest index.</summary>
    public static Decision DecideArgmax(ReadOnlySpan<float> probabilities)
    {
        var best = ArgMax(probabilities);
        return new Decision(best, probabilities[best], null);
    }

    /// <summary>The index of the largest value; a tie goes to the lowest index. NaN never wins.</summary>
    public static int ArgMax(ReadOnlySpan<float> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("At least one value is required.", nameof(values));
        }

        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best] || float.IsNaN(values[best]))
            {
                best = i;
            }
        }

        return best;
    }
}
