using Microsoft.Extensions.Logging;

namespace OrleansClassifier.Inference;

internal static partial class InferenceLog
{
    [LoggerMessage(EventId = 1001, EventName = "ModelReady", Level = LogLevel.Information,
        Message = "Model {Model} version {Version} is ready: {FeatureCount} features, {ClassCount} classes ({Path})")]
    public static partial void ModelReady(ILogger logger, string model, long version, int featureCount, int classCount, string path);

    [LoggerMessage(EventId = 1002, EventName = "ModelNotReady", Level = LogLevel.Warning,
        Message = "Model {Model} version {Version} is not ready: {Reason}")]
    public static partial void ModelNotReady(ILogger logger, string model, long version, string reason);

    [LoggerMessage(EventId = 1003, EventName = "SkippedFolder", Level = LogLevel.Warning,
        Message = "Skipped {Path}: not a valid model name (letters, digits, '.', '_', '-')")]
    public static partial void SkippedFolder(ILogger logger, string path);

    [LoggerMessage(EventId = 1010, EventName = "ExecutionProviderSelected", Level = LogLevel.Information,
        Message = "Model {Model} version {Version} runs on the {Provider} execution provider{Detail}")]
    public static partial void ExecutionProviderSelected(ILogger logger, string model, long version, string provider, string detail);

    [LoggerMessage(EventId = 1011, EventName = "CudaUnavailable", Level = LogLevel.Warning,
        Message = "CUDA execution provider unavailable for model {Model} version {Version}, falling back to CPU: {Reason}")]
    public static partial void CudaUnavailable(ILogger logger, string model, long version, string reason);
}
