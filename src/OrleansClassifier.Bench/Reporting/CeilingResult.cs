namespace OrleansClassifier.Bench.Reporting;

/// <summary>The in-process ONNX Runtime ceiling of one model: the batch sweep and its best point.</summary>
internal sealed record CeilingResult(string Model, string Provider, int BestBatchSize, double BestRowsPerSecond, IReadOnlyList<BatchPoint> Sweep);

/// <summary>One batch size of the sweep: runs, rows/s, and per-run latency.</summary>
internal sealed record BatchPoint(int BatchSize, long Runs, double RowsPerSecond, double RunP50Ms, double RunP99Ms);
