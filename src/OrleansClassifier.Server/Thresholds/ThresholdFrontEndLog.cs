namespace OrleansClassifier.Server.Thresholds;

internal static partial class ThresholdFrontEndLog
{
    [LoggerMessage(EventId = 3101, EventName = "ThresholdSubscribeFailed", Level = LogLevel.Warning,
        Message = "Subscribing to the threshold of {Tenant}/{Model} failed; retrying at the next renewal")]
    public static partial void SubscribeFailed(ILogger logger, string tenant, string model, Exception exception);

    [LoggerMessage(EventId = 3102, EventName = "ThresholdFlushFailed", Level = LogLevel.Warning,
        Message = "Flushing {Scores} scores and {Outcomes} outcomes of {Tenant}/{Model} failed; kept for the next flush")]
    public static partial void FlushFailed(ILogger logger, string tenant, string model, int scores, int outcomes, Exception exception);

    [LoggerMessage(EventId = 3103, EventName = "ThresholdScoresDropped", Level = LogLevel.Warning,
        Message = "Dropped {Count} scores of {Tenant}/{Model}: the pending buffer is full")]
    public static partial void ScoresDropped(ILogger logger, string tenant, string model, long count);
}
