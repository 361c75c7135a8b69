namespace OrleansClassifier.Cli.Scoring;

/// <summary>What a scoring run sends, and how.</summary>
internal sealed record ScoreSettings(
    string Model,
    long ModelVersion,
    string Tenant,
    int BatchSize,
    int InFlight,
    bool Probabilities);
