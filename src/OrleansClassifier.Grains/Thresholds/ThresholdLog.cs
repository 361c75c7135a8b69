using Microsoft.Extensions.Logging;

namespace OrleansClassifier.Grains.Thresholds;

internal static partial class ThresholdLog
{
    [LoggerMessage(EventId = 2101, EventName = "ThresholdChanged", Level = LogLevel.Debug,
        Message = "Threshold of {Tenant}/{Model} is now {Threshold} ({Policy}, version {Version}); pushing to {Observers} front-ends")]
    public static partial void ThresholdChanged(ILogger logger, string tenant, string model, float threshold, string policy, long version, int observers);

    [LoggerMessage(EventId = 2102, EventName = "ThresholdPolicyChanged", Level = LogLevel.Information,
        Message = "Policy of {Tenant}/{Model} set to {Policy} (version {Version})")]
    public static partial void PolicyChanged(ILogger logger, string tenant, string model, string policy, long version);

    [LoggerMessage(EventId = 2103, EventName = "StoredPolicyInvalid", Level = LogLevel.Warning,
        Message = "Stored policy of {Tenant}/{Model} is no longer valid ({Reason}); using imbalance_midpoint")]
    public static partial void StoredPolicyInvalid(ILogger logger, string tenant, string model, string reason);
}
