namespace OrleansClassifier.Decisions.Control;

/// <summary>Feeds a <see cref="ThresholdController"/> with the aggregates a front-end flushes.</summary>
public static class ThresholdControllerBatches
{
    /// <summary>Records a batch of scores, all at <paramref name="at"/>.</summary>
    /// <param name="controller">The controller.</param>
    /// <param name="scores">Positive-class probabilities; values outside [0, 1] or NaN are skipped.</param>
    /// <param name="at">When; required when a half-life is a time.</param>
    /// <returns>How many were recorded.</returns>
    public static int ObserveScores(this ThresholdController controller, ReadOnlySpan<float> scores, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var n = 0;
        foreach (var s in scores)
        {
            if (s is >= 0f and <= 1f)
            {
                controller.ObserveScore(s, at);
                n++;
            }
        }

        return n;
    }

    /// <summary>Records a batch of outcomes, all at <paramref name="at"/>.</summary>
    /// <param name="controller">The controller.</param>
    /// <param name="labels">The true labels.</param>
    /// <param name="scores">The model's score per label, NaN where unknown; the same length as <paramref name="labels"/>.</param>
    /// <param name="at">When; required when a half-life is a time.</param>
    public static void ObserveOutcomes(
        this ThresholdController controller, ReadOnlySpan<bool> labels, ReadOnlySpan<float> scores, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        if (labels.Length != scores.Length)
        {
            throw new ArgumentException("labels and scores must have the same length", nameof(scores));
        }

        for (var i = 0; i < labels.Length; i++)
        {
            var s = scores[i];
            controller.ObserveOutcome(labels[i], s is >= 0f and <= 1f ? s : null, at);
        }
    }
}
