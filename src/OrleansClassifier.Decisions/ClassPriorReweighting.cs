namespace OrleansClassifier.Decisions;

/// <summary>
/// The multi-class generalisation of the prior-shift correction: reweight the softmax by the ratio of
/// the running class rates r_k to the training rates π_k, p'_k ∝ p_k·r_k/π_k, then take the argmax.
/// </summary>
public sealed class ClassPriorReweighting
{
    private readonly double[] ratios;

    /// <summary>Creates the reweighting for a tenant's running rates and the model's training rates.</summary>
    /// <param name="rates">The running class rates r_k: finite, ≥ 0, not all 0 (they need not sum to 1).</param>
    /// <param name="trainingRates">The training class rates π_k: finite and &gt; 0.</param>
    /// <exception cref="ArgumentException">The spans differ in length or are empty, or a value is out of range.</exception>
    public ClassPriorReweighting(ReadOnlySpan<double> rates, ReadOnlySpan<double> trainingRates)
    {
        if (rates.IsEmpty || rates.Length != trainingRates.Length)
        {
            throw new ArgumentException("There must be one running rate per training rate, and at least one class.", nameof(rates));
        }

        ratios = new double[rates.Length];
        var any = false;
        for (var k = 0; k < rates.Length; k++)
        {
            if (!(rates[k] >= 0) || double.IsInfinity(rates[k]))
            {
                throw new ArgumentException($"rates[{k}] must be a finite number >= 0.", nameof(rates));
            }

            if (!(trainingRates[k] > 0) || double.IsInfinity(trainingRates[k]))
            {
                throw new ArgumentException($"trainingRates[{k}] must be a finite number > 0.", nameof(trainingRates));
            }

            ratios[k] = rates[k] / trainingRates[k];
            any |= rates[k] > 0;
        }

        if (!any)
        {
            throw new ArgumentException("At least one running rate must be above 0.", nameof(rates));
        }
    }

    /// <summary>The number of classes.</summary>
    public int ClassCount => ratios.Length;

    /// <summary>
    /// Writes p'_k = p_k·r_k/π_k / Σ_j p_j·r_j/π_j into <paramref name="destination"/>. When every reweighted
    /// value is 0 (all the probability sits on classes whose running rate is 0), the input is copied unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">The lengths differ, or a probability is NaN, negative or infinite.</exception>
    public void Reweight(ReadOnlySpan<float> probabilities, Span<float> destination)
    {
        if (probabilities.Length != ratios.Length || destination.Length != ratios.Length)
        {
            throw new ArgumentException("There must be one probability per class.", nameof(probabilities));
        }

        var sum = 0.0;
        for (var k = 0; k < ratios.Length; k++)
        {
            if (!(probabilities[k] >= 0) || float.IsInfinity(probabilities[k]))
            {
                throw new ArgumentException($"probabilities[{k}] must be a finite number >= 0.", nameof(probabilities));
            }

            sum += probabilities[k] * ratios[k];
        }

        for (var k = 0; k < ratios.Length; k++)
        {
            destination[k] = sum > 0 ? (float)(probabilities[k] * ratios[k] / sum) : probabilities[k];
        }
    }

    /// <summary>Reweights, then decides by argmax (a tie goes to the lowest index).</summary>
    /// <returns>The decision; its score is the winner's reweighted probability.</returns>
    public Decision Decide(ReadOnlySpan<float> probabilities)
    {
        Span<float> reweighted = ratios.Length <= 256 ? stackalloc float[ratios.Length] : new float[ratios.Length];
        Reweight(probabilities, reweighted);
        return DecisionRules.DecideArgmax(reweighted);
    }
}
