namespace OrleansClassifier.Decisions.Policies;

/// <summary>What a threshold policy reads from the statistics.</summary>
[Flags]
public enum ThresholdPolicyInputs
{
    /// <summary>Nothing: the threshold is given.</summary>
    None = 0,

    /// <summary>A running positive-class rate r (from labels or, failing them, scores).</summary>
    PositiveRate = 1,

    /// <summary>Recent labelled outcomes with their scores.</summary>
    LabelledScores = 2,

    /// <summary>Recent scores.</summary>
    Scores = 4,
}
