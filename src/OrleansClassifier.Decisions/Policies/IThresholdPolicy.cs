namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// A rule that computes a binary threshold t (label 1 when p &gt; t) from statistics. Each policy
/// optimises its own metric; none is best on every metric.
/// </summary>
public interface IThresholdPolicy
{
    /// <summary>The policy's name as configured and reported, for example <c>imbalance_midpoint</c>.</summary>
    string Name { get; }

    /// <summary>What the policy reads; the controller waits for enough of it before adapting.</summary>
    ThresholdPolicyInputs Inputs { get; }

    /// <summary>The threshold used before there are enough statistics (cold start).</summary>
    double DefaultThreshold { get; }

    /// <summary>Computes a threshold from <paramref name="statistics"/>.</summary>
    ThresholdProposal Propose(ThresholdStatistics statistics);
}
