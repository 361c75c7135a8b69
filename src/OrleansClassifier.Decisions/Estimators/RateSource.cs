namespace OrleansClassifier.Decisions.Estimators;

/// <summary>Where a positive-rate estimate came from.</summary>
public enum RateSource
{
    /// <summary>No estimate: too few observations of either kind.</summary>
    None = 0,

    /// <summary>Outcome labels that the tenant reported (ground truth).</summary>
    Labels = 1,

    /// <summary>Scores alone, through the EM prior estimate of Saerens, Latinne and Decaestecker (2002).</summary>
    Scores = 2,
}
