namespace OrleansClassifier.Bench.Load;

/// <summary>How long a level runs: warm-up (excluded), measurement, and how long answers may still come after.</summary>
internal sealed record LoadTiming(TimeSpan Warmup, TimeSpan Duration, TimeSpan Drain);
