namespace OrleansClassifier.Bench;

/// <summary>A failure the user can act on: reported as one line on standard error, no stack trace.</summary>
internal sealed class BenchException(string message) : Exception(message);
