using OrleansClassifier.Abstractions;

namespace OrleansClassifier.Grains.Batching;

/// <summary>
/// A request waiting in (or partly taken from) the batcher. Its rows may be split across batches; it completes
/// when every row has been run, or fails as a whole.
/// </summary>
internal sealed class PendingRequest
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _completedRows;

    public PendingRequest(ReadOnlyMemory<float> features, Memory<float> output, int rows, DateTimeOffset? deadline, DateTimeOffset enqueuedAt, CancellationToken cancellationToken)
    {
        Features = features;
        Output = output;
        Rows = rows;
        Deadline = deadline;
        EnqueuedAt = enqueuedAt;
        CancellationToken = cancellationToken;
    }

    public ReadOnlyMemory<float> Features { get; }

    public Memory<float> Output { get; }

    public int Rows { get; }

    public DateTimeOffset? Deadline { get; }

    public DateTimeOffset EnqueuedAt { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Rows already handed to a batch.</summary>
    public int ScheduledRows { get; set; }

    public int UnscheduledRows => Rows - ScheduledRows;

    public Task Completion => _completion.Task;

    public bool IsFinished => _completion.Task.IsCompleted;

    /// <summary>Records that <paramref name="rows"/> of its rows have been run; completes when all have.</summary>
    public void RowsCompleted(int rows)
    {
        if (Interlocked.Add(ref _completedRows, rows) >= Rows)
        {
            _completion.TrySetResult();
        }
    }

    public void Fail(Exception exception) => _completion.TrySetException(exception);

    public void Reject(RejectionReason reason, string message) => _completion.TrySetException(new InferenceRejectedException(reason, message));
}
