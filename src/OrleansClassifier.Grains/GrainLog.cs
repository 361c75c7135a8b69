using Microsoft.Extensions.Logging;

namespace OrleansClassifier.Grains;

internal static partial class GrainLog
{
    [LoggerMessage(EventId = 2001, EventName = "ModelGrainActivated", Level = LogLevel.Information,
        Message = "Model grain {ModelKey} activated on {Silo} with the {Provider} execution provider")]
    public static partial void Activated(ILogger logger, string modelKey, string provider, string silo);
}
