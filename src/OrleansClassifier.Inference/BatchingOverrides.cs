namespace OrleansClassifier.Inference;

/// <summary>A model's own batching knobs from its <c>config.json</c>; null fields take the service defaults.</summary>
public sealed record BatchingOverrides(
    int? MaxBatchRows,
    int? PreferredBatchRows,
    TimeSpan? MaxQueueDelay,
    int? QueueBoundRows,
    int? MaxConcurrentBatches,
    int? Replicas)
{
    /// <summary>
    /// The effective options: these overrides applied over <paramref name="defaults"/>. A model that raises its
    /// batch size past the default queue bound (or lowers it under the preferred size) keeps a consistent set:
    /// the bound grows to one batch, the preferred size shrinks to one batch.
    /// </summary>
    public BatchingOptions ApplyTo(BatchingOptions defaults)
    {
        var maxRows = MaxBatchRows ?? defaults.MaxBatchRows;
        return defaults with
        {
            MaxBatchRows = maxRows,
            PreferredBatchRows = Math.Min(PreferredBatchRows ?? defaults.PreferredBatchRows, maxRows),
            MaxQueueDelay = MaxQueueDelay ?? defaults.MaxQueueDelay,
            QueueBoundRows = Math.Max(QueueBoundRows ?? defaults.QueueBoundRows, maxRows),
            MaxConcurrentBatches = MaxConcurrentBatches ?? defaults.MaxConcurrentBatches,
            Replicas = Replicas ?? defaults.Replicas,
        };
    }
}
