using OrleansClassifier.Inference;

namespace OrleansClassifier.Grains.Batching;

/// <summary>Runs batches on an ONNX Runtime session, off the grain scheduler.</summary>
internal sealed class SessionBatchExecutor(OnnxModelSession session) : IBatchExecutor
{
    public int FeatureCount => session.Descriptor.FeatureCount;

    public int ClassCount => session.ClassCount;

    // Inference is CPU- or device-bound: run it on the thread pool; the awaiting grain code resumes on its scheduler.
    public Task RunAsync(float[] input, int rows, float[] output) =>
        Task.Run(() => session.Run(input, rows, output.AsSpan(0, rows * ClassCount)));
}
