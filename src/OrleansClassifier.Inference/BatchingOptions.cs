using System.ComponentModel.DataAnnotations;

namespace OrleansClassifier.Inference;

/// <summary>
/// The micro-batcher's knobs (configuration section <c>Classifier:Batching</c> for the service-wide defaults;
/// a model's <c>config.json</c> may override each under <c>"batching"</c>).
/// </summary>
public sealed record BatchingOptions
{
    /// <summary>The configuration section of the service-wide defaults.</summary>
    public const string SectionName = "Classifier:Batching";

    /// <summary>The most rows one device batch holds. The default value is 256.</summary>
    [Range(1, 1_000_000)]
    public int MaxBatchRows { get; set; } = 256;

    /// <summary>
    /// The rows a batch should reach before it runs while requests are waiting; 1 means a free executor never
    /// waits. Only when it is larger than 1 does <see cref="MaxQueueDelay"/> apply. The default value is 1.
    /// </summary>
    [Range(1, 1_000_000)]
    public int PreferredBatchRows { get; set; } = 1;

    /// <summary>
    /// How long the oldest queued request may wait for a batch to reach <see cref="PreferredBatchRows"/>.
    /// The default value is 2 ms.
    /// </summary>
    public TimeSpan MaxQueueDelay { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>The most rows queued (not yet running); past it requests are refused at once. The default value is 8,192.</summary>
    [Range(1, 100_000_000)]
    public int QueueBoundRows { get; set; } = 8192;

    /// <summary>Batches of one grain running at once (one per device stream). The default value is 1.</summary>
    [Range(1, 64)]
    public int MaxConcurrentBatches { get; set; } = 1;

    /// <summary>Grain activations (replicas) that serve one model version. The default value is 1.</summary>
    [Range(1, 256)]
    public int Replicas { get; set; } = 1;

    /// <summary>Checks the values that <see cref="RangeAttribute"/> cannot; returns the problems, each naming its field.</summary>
    public IEnumerable<string> Validate()
    {
        if (MaxQueueDelay < TimeSpan.Zero || MaxQueueDelay > TimeSpan.FromSeconds(10))
        {
            yield return $"{nameof(MaxQueueDelay)} must be between 0 and 10 s; got {MaxQueueDelay}.";
        }

        if (PreferredBatchRows > MaxBatchRows)
        {
            yield return $"{nameof(PreferredBatchRows)} ({PreferredBatchRows}) must not exceed {nameof(MaxBatchRows)} ({MaxBatchRows}).";
        }

        if (QueueBoundRows < MaxBatchRows)
        {
            yield return $"{nameof(QueueBoundRows)} ({QueueBoundRows}) must be at least {nameof(MaxBatchRows)} ({MaxBatchRows}).";
        }
    }
}
