namespace OrleansClassifier.Decisions.Estimators;

/// <summary>
/// The EM estimate of a new class prior from posteriors alone (Saerens, Latinne and Decaestecker, 2002),
/// binary case: starting at r = π, repeat r ← mean_i( (r/π)·p_i / ((r/π)·p_i + ((1−r)/(1−π))·(1−p_i)) ).
/// </summary>
internal static class PriorEm
{
    /// <summary>Runs EM over weighted scores; the weights must sum to more than 0.</summary>
    public static PriorEstimate Estimate(
        ReadOnlySpan<double> scores, ReadOnlySpan<double> weights, double trainingRate, double tolerance, int maxIterations)
    {
        var total = 0.0;
        var mean = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            total += weights[i];
            mean += weights[i] * scores[i];
        }

        mean /= total;
        var rate = trainingRate;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var positiveScale = rate / trainingRate;
            var negativeScale = (1 - rate) / (1 - trainingRate);
            var sum = 0.0;
            for (var i = 0; i < scores.Length; i++)
            {
                var positive = positiveScale * scores[i];
                var denominator = positive + (negativeScale * (1 - scores[i]));

                // Zero only when the score is exactly 0 or 1 and r sits at the opposite end; the
                // reweighted posterior is then the score itself.
                sum += weights[i] * (denominator > 0 ? positive / denominator : scores[i]);
            }

            var next = Math.Clamp(sum / total, 0, 1);
            var moved = Math.Abs(next - rate);
            rate = next;
            if (moved < tolerance)
            {
                return new PriorEstimate(rate, mean, iteration, true);
            }
        }

        return new PriorEstimate(rate, mean, maxIterations, false);
    }
}
