namespace OrleansClassifier.Cli.Scoring;

/// <summary>One instance read from an input file.</summary>
/// <param name="Id">Its id (from the id column, or its 1-based line number).</param>
/// <param name="Features">Its features.</param>
/// <param name="Label">Its true label, when the file has one.</param>
internal sealed record ScoringRow(string Id, float[] Features, string? Label);
