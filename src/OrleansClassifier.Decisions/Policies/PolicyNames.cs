namespace OrleansClassifier.Decisions.Policies;

/// <summary>The configured names of the threshold policies.</summary>
public static class PolicyNames
{
    /// <summary>A given threshold.</summary>
    public const string Fixed = "fixed";

    /// <summary>The midpoint of 0.5 and the prior-shift threshold (the default policy).</summary>
    public const string ImbalanceMidpoint = "imbalance_midpoint";

    /// <summary>The Bayes threshold under label shift.</summary>
    public const string PriorShift = "prior_shift";

    /// <summary>The Bayes threshold under misclassification costs (optionally with label shift).</summary>
    public const string Cost = "cost";

    /// <summary>The threshold maximising F-beta on recent outcomes.</summary>
    public const string MaxFBeta = "max_f_beta";

    /// <summary>The smallest threshold meeting a precision target.</summary>
    public const string TargetPrecision = "target_precision";

    /// <summary>The largest threshold meeting a recall target.</summary>
    public const string TargetRecall = "target_recall";

    /// <summary>The threshold flagging a given fraction of recent scores.</summary>
    public const string AlertRate = "alert_rate";
}
