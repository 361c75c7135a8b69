namespace OrleansClassifier.Abstractions;

/// <summary>
/// A model version's inference, keyed <c>name/version</c>. It owns the version's ONNX Runtime session;
/// callers send packed feature rows and get class probabilities back, in the same row order.
/// </summary>
public interface IModelGrain : IGrainWithStringKey
{
    /// <summary>Runs the rows of <paramref name="request"/>.</summary>
    /// <param name="request">Packed rows of features.</param>
    /// <param name="cancellationToken">Cancelled when the caller gives up; rows not yet run are dropped.</param>
    Task<InferenceResult> InferAsync(InferenceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Describes the session: its execution provider and shape.</summary>
    Task<ModelRuntimeInfo> GetRuntimeInfoAsync();
}
