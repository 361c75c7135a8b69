namespace OrleansClassifier.Decisions.Policies;

/// <summary>A policy's answer: a threshold and why, or no threshold (keep the current one) and why.</summary>
/// <param name="Threshold">The threshold proposed, in [0, 1]; <see langword="null"/> to keep the current one.</param>
/// <param name="Reason">A short human-readable reason.</param>
public readonly record struct ThresholdProposal(double? Threshold, string Reason)
{
    /// <summary>Proposes <paramref name="threshold"/>.</summary>
    public static ThresholdProposal To(double threshold, string reason) => new(threshold, reason);

    /// <summary>Proposes no change.</summary>
    public static ThresholdProposal Keep(string reason) => new(null, reason);
}
