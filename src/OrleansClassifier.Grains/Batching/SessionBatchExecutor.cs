using OrleansClassifier.Inference;

namespace OrleansClassifier.Grains.Batching;

/// <summary>Runs batches on an ONNX Runtime session (on the batcher's worker thread, never the grain scheduler).</summary>
internal sealed class SessionBatchExecutor(OnnxModelSession session) : IBatchExecutor
{
    public int FeatureCount => session.Descriptor.FeatureCount;

    public int ClassCount => session.ClassCount;

    public void Run(float[] input, int rows, float[] output) => session.Run(input, rows, output.AsSpan(0, rows * ClassCount));
}
