using System.Diagnostics;
using OrleansClassifier.Bench.Reporting;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Ceilings;

/// <summary>
/// The compute ceiling: the model in this process through ONNX Runtime (the same session type the service
/// uses), one caller, at each batch size of a sweep; the best rows/s is the ceiling.
/// </summary>
internal static class ComputeCeiling
{
    public static CeilingResult Measure(
        ModelDescriptor model, ExecutionProvider provider, IReadOnlyList<int> batchSizes, TimeSpan perBatchSize, int seed,
        Action<string>? progress, CancellationToken cancellationToken)
    {
        using var session = Servers.UnbatchedSessions.CreateFactory(provider).Create(model);
        var random = new Random(seed);
        var points = new List<BatchPoint>();
        foreach (var batch in batchSizes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Invoke($"compute ceiling {model.Name}: batch {batch}");
            var features = new float[batch * model.FeatureCount];
            for (var i = 0; i < features.Length; i++)
            {
                features[i] = (float)((random.NextDouble() * 4.0) - 2.0);
            }

            // Warm up: the first runs of a shape allocate and pick kernels.
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < perBatchSize / 5)
            {
                session.Run(features, batch);
            }

            var histogram = new Load.LatencyHistogram();
            var watch = Stopwatch.StartNew();
            long runs = 0;
            while (watch.Elapsed < perBatchSize || runs < 3)
            {
                var start = Stopwatch.GetTimestamp();
                session.Run(features, batch);
                histogram.Record((long)Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                runs++;
            }

            var seconds = watch.Elapsed.TotalSeconds;
            points.Add(new BatchPoint(batch, runs, runs * batch / seconds, histogram.Percentile(50) / 1000.0, histogram.Percentile(99) / 1000.0));
        }

        var best = points.MaxBy(p => p.RowsPerSecond)!;
        return new CeilingResult(model.Name, session.Provider, best.BatchSize, best.RowsPerSecond, points);
    }
}
