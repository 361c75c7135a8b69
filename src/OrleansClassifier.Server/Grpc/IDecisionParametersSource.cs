using OrleansClassifier.Inference;
using OrleansClassifier.Decisions;

namespace OrleansClassifier.Server.Grpc;

/// <summary>
/// Where the front-end gets a tenant's decision parameters on the hot path. It must answer from what the
/// front-end already holds (no grain call per request); per-tenant threshold grains push into it.
/// </summary>
internal interface IDecisionParametersSource
{
    /// <summary>The parameters to decide with for a tenant and model version.</summary>
    DecisionParameters Get(string tenant, ModelDescriptor model);

    /// <summary>
    /// Completes once the source holds the tenant's parameters for the model (at once, but for the first request of
    /// a tenant and model on this silo, which waits a bounded time for them rather than deciding with defaults).
    /// </summary>
    ValueTask WhenReadyAsync(string tenant, ModelDescriptor model) => ValueTask.CompletedTask;

    /// <summary>Decides one instance; a source may reweight multi-class probabilities first (class-prior policy).</summary>
    Decision Decide(string tenant, ModelDescriptor model, ClassificationTask task, ReadOnlySpan<float> probabilities, in DecisionParameters parameters) =>
        DecisionRules.Decide(task, probabilities, parameters);
}
