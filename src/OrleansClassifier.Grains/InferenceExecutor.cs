using OrleansClassifier.Abstractions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Grains;

/// <summary>
/// Runs requests on a session, one session call per request. This is the seam the micro-batcher
/// replaces: it will queue requests and run them as device batches with the same contract
/// (each request's rows come back in its own order; cancelled requests never reach the session).
/// </summary>
internal sealed class InferenceExecutor(OnnxModelSession session)
{
    public async Task<InferenceResult> RunAsync(InferenceRequest request, CancellationToken cancellationToken)
    {
        var features = session.Descriptor.FeatureCount;
        if (request.Rows <= 0 || request.Features.Length != request.Rows * features)
        {
            throw new ArgumentException(
                $"Model {session.Descriptor.Key} expects rows of {features} features; got {request.Features.Length} values for {request.Rows} rows.",
                nameof(request));
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Inference is CPU- or device-bound: run it on the thread pool, then resume on the grain's scheduler.
        var probabilities = await Task.Run(() => session.Run(request.Features, request.Rows), cancellationToken);
        return new InferenceResult(probabilities, request.Rows, session.ClassCount);
    }
}
