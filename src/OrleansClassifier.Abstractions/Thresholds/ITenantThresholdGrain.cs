namespace OrleansClassifier.Abstractions.Thresholds;

/// <summary>
/// One tenant's decision threshold for one model, keyed <c>{tenant}/{model}</c> (see <see cref="ThresholdGrainKey"/>).
/// It keeps the running statistics, moves the threshold with the tenant's policy, versions every change,
/// persists its state and pushes new parameters to the subscribed front-ends.
/// </summary>
[Alias("oc.ITenantThresholdGrain")]
public interface ITenantThresholdGrain : IGrainWithStringKey
{
    /// <summary>Subscribes (or renews) a front-end's observer and returns the parameters in force.</summary>
    /// <param name="observer">The front-end silo's observer.</param>
    /// <param name="trainingPositiveRate">The model's training positive rate π (from its config; 0.5 when unknown).</param>
    [Alias("Subscribe")]
    Task<ThresholdUpdate> SubscribeAsync(IThresholdObserver observer, double trainingPositiveRate);

    /// <summary>Removes a front-end's observer.</summary>
    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IThresholdObserver observer);

    /// <summary>Records a batch of scores and outcomes a front-end aggregated, updates the threshold and persists.</summary>
    /// <returns>The parameters in force after the batch.</returns>
    [Alias("Record")]
    Task<ThresholdUpdate> RecordAsync(ThresholdObservations batch);

    /// <summary>The parameters, statistics and the last <paramref name="historyLimit"/> changes.</summary>
    [Alias("GetStatus")]
    Task<ThresholdStatus> GetStatusAsync(int historyLimit);

    /// <summary>Replaces the policy (validated) and applies it at once.</summary>
    [Alias("SetPolicy")]
    Task<PolicyChangeResult> SetPolicyAsync(ThresholdPolicySpec policy);

    /// <summary>Forgets the statistics (the policy and version history stay); the threshold returns to the policy's default.</summary>
    [Alias("ResetStatistics")]
    Task<ThresholdStatus> ResetStatisticsAsync();
}
