namespace OrleansClassifier.Models.DecisionBenchmark;

/// <summary>Counts of a binary decision against the truth, and the metrics read from them.</summary>
internal struct Confusion
{
    public long TruePositives;
    public long FalsePositives;
    public long TrueNegatives;
    public long FalseNegatives;

    public readonly long Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public readonly double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    public readonly double Precision => Ratio(TruePositives, TruePositives + FalsePositives, 1);

    public readonly double Recall => Ratio(TruePositives, TruePositives + FalseNegatives, 1);

    public readonly double Specificity => Ratio(TrueNegatives, TrueNegatives + FalsePositives, 1);

    public readonly double BalancedAccuracy => (Recall + Specificity) / 2;

    public readonly double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    public readonly double FlaggedRate => Ratio(TruePositives + FalsePositives, Total);

    /// <summary>Mean cost per event with a false positive costing <paramref name="fp"/> and a false negative <paramref name="fn"/>.</summary>
    public readonly double Cost(double fp, double fn) => Total == 0 ? 0 : ((FalsePositives * fp) + (FalseNegatives * fn)) / Total;

    public void Add(bool predicted, bool actual)
    {
        if (predicted)
        {
            if (actual)
            {
                TruePositives++;
            }
            else
            {
                FalsePositives++;
            }
        }
        else if (actual)
        {
            FalseNegatives++;
        }
        else
        {
            TrueNegatives++;
        }
    }

    private static double Ratio(long a, long b, double empty = 0) => b == 0 ? empty : (double)a / b;
}
