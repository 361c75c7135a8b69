using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// The confusion counts of every candidate threshold t_j = j/n (j = 0..n) over a labelled summary:
/// the threshold t_j flags bins j and above.
/// </summary>
internal sealed class OutcomeSweep
{
    // Relative slack for comparisons of sums that differ only by rounding.
    private const double Slack = 1e-12;

    private OutcomeSweep(double[] truePositives, double[] falsePositives)
    {
        TruePositives = truePositives;
        FalsePositives = falsePositives;
    }

    /// <summary>Element j: the weight of positives flagged by t_j.</summary>
    public double[] TruePositives { get; }

    /// <summary>Element j: the weight of negatives flagged by t_j.</summary>
    public double[] FalsePositives { get; }

    /// <summary>The number of bins n.</summary>
    public int BinCount => TruePositives.Length - 1;

    /// <summary>The weight of all positives (flagged by t_0, so computed in the same order).</summary>
    public double Positives => TruePositives[0];

    /// <summary>The weight of all negatives.</summary>
    public double Negatives => FalsePositives[0];

    public static OutcomeSweep Of(LabelledScoreSummary outcomes) =>
        new(outcomes.Positives.UpperTailWeights(), outcomes.Negatives.UpperTailWeights());

    public double Threshold(double j) => j / BinCount;

    /// <summary>Whether <paramref name="value"/> ≥ <paramref name="target"/>·<paramref name="of"/>, forgiving rounding.</summary>
    public static bool AtLeast(double value, double target, double of) => value >= (target * of) - (Slack * of);
}
