namespace OrleansClassifier.Server.Grpc;

internal static partial class ServerLog
{
    [LoggerMessage(EventId = 3001, EventName = "InferenceFailed", Level = LogLevel.Error,
        Message = "Inference failed for model {ModelKey} (tenant {Tenant})")]
    public static partial void InferenceFailed(ILogger logger, string modelKey, string tenant, Exception exception);

    [LoggerMessage(EventId = 3002, EventName = "StreamRequestFailed", Level = LogLevel.Error,
        Message = "A stream request {RequestId} failed unexpectedly")]
    public static partial void StreamRequestFailed(ILogger logger, string requestId, Exception exception);

    [LoggerMessage(EventId = 3003, EventName = "NoAcceleratorSilo", Level = LogLevel.Warning,
        Message = "No silo can host model {ModelKey}: {Reason}")]
    public static partial void NoAcceleratorSilo(ILogger logger, string modelKey, string reason);
}
