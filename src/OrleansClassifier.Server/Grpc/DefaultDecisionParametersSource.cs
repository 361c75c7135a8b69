using OrleansClassifier.Decisions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Server.Grpc;

/// <summary>The service default for every tenant: a fixed threshold of 0.5 (design.md, the starting rules).</summary>
internal sealed class DefaultDecisionParametersSource : IDecisionParametersSource
{
    public DecisionParameters Get(string tenant, ModelDescriptor model) => DecisionParameters.Default;
}
