namespace OrleansClassifier.Abstractions;

/// <summary>Why rows were refused without inference.</summary>
public enum RejectionReason
{
    /// <summary>The queue bound was reached (RESOURCE_EXHAUSTED).</summary>
    QueueFull = 1,

    /// <summary>The request's deadline passed before inference (DEADLINE_EXCEEDED).</summary>
    DeadlineExceeded = 2,

    /// <summary>The caller cancelled before inference (CANCELLED).</summary>
    Cancelled = 3,

    /// <summary>The model replica went away (deactivated) before the rows ran; retryable (UNAVAILABLE).</summary>
    Unavailable = 4,

    /// <summary>Inference failed for the rows (INTERNAL).</summary>
    Failed = 5,
}
