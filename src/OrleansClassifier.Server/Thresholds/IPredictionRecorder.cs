using OrleansClassifier.Decisions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>Gives each prediction its id and records its score for the tenant's threshold statistics.</summary>
internal interface IPredictionRecorder
{
    /// <summary>Records one decided instance.</summary>
    /// <returns>The prediction id to return to the client.</returns>
    string Record(string tenant, ModelDescriptor model, string instanceId, in Decision decision);
}
