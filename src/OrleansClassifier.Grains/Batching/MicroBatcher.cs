using OrleansClassifier.Abstractions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Grains.Batching;

/// <summary>
/// The model grain's dynamic batcher. Each executor slot is a dedicated worker thread (like a Triton model
/// instance) that forms a batch, runs it synchronously and goes straight on to the next one, so the device never
/// waits for a scheduler hop between batches. A request runs at once when a worker is idle; while every worker
/// is busy, requests queue and the next batch takes them fairly across tenants (each tenant with queued rows
/// gets an equal share of the batch, rotating who goes first). Past the queue bound a request is refused at once;
/// cancelled and expired requests are dropped before inference. Each request's rows come back in its own order.
/// </summary>
internal sealed class MicroBatcher : IDisposable
{
    private readonly BatchingOptions _options;
    private readonly IBatchExecutor _executor;
    private readonly TimeProvider _time;
    private readonly BatchingInstruments _instruments;
    private readonly string _model;
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<PendingRequest>> _queues = new(StringComparer.Ordinal);
    private readonly List<string> _tenants = [];
    private readonly Thread[] _workers;
    private int _nextTenant;
    private int _queuedRows;
    private int _idleWorkers;
    private ITimer? _delayTimer;
    private bool _disposed;
    private (int Count, TaskCompletionSource Signal)? _idleWaiter;

    public MicroBatcher(BatchingOptions options, IBatchExecutor executor, TimeProvider time, BatchingInstruments instruments, string model)
    {
        _options = options;
        _executor = executor;
        _time = time;
        _instruments = instruments;
        _model = model;
        _workers = new Thread[options.MaxConcurrentBatches];
        for (var i = 0; i < _workers.Length; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = $"batcher {model} #{i}" };
            _workers[i].Start();
        }
    }

    /// <summary>Rows queued and not yet in a batch.</summary>
    public int QueuedRows
    {
        get
        {
            lock (_gate)
            {
                return _queuedRows;
            }
        }
    }

    /// <summary>Queues <paramref name="rows"/> rows and completes when their probabilities are in <paramref name="output"/>.</summary>
    /// <exception cref="InferenceRejectedException">Refused: queue full, deadline passed, or cancelled.</exception>
    public Task SubmitAsync(
        string tenant, ReadOnlyMemory<float> features, Memory<float> output, int rows, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        if (rows <= 0 || features.Length != rows * _executor.FeatureCount || output.Length != rows * _executor.ClassCount)
        {
            throw new ArgumentException(
                $"Model {_model} expects rows of {_executor.FeatureCount} features; got {features.Length} values for {rows} rows.", nameof(features));
        }

        var now = _time.GetUtcNow();
        if (cancellationToken.IsCancellationRequested)
        {
            return Rejected(RejectionReason.Cancelled, $"The request for model {_model} was cancelled before inference.");
        }

        if (deadline <= now)
        {
            return Rejected(RejectionReason.DeadlineExceeded, $"The deadline of the request for model {_model} passed before inference.");
        }

        var request = new PendingRequest(features, output, rows, deadline, now, cancellationToken);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_queuedRows + rows > _options.QueueBoundRows)
            {
                var queued = _queuedRows;
                return Rejected(
                    RejectionReason.QueueFull,
                    $"Model {_model} is overloaded: {queued} rows are queued and {rows} more would pass the bound of {_options.QueueBoundRows}; retry later.");
            }

            if (!_queues.TryGetValue(tenant, out var queue))
            {
                queue = new Queue<PendingRequest>();
                _queues[tenant] = queue;
            }

            if (queue.Count == 0)
            {
                _tenants.Add(tenant);
            }

            queue.Enqueue(request);
            _queuedRows += rows;
            if (_idleWorkers > 0)
            {
                Monitor.Pulse(_gate);
            }
        }

        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(
                static state =>
                {
                    var (batcher, pending) = ((MicroBatcher, PendingRequest))state!;
                    batcher.OnCancelled(pending);
                },
                (this, request));
            request.Completion.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return request.Completion;
    }

    /// <summary>Completes once <paramref name="count"/> workers wait for work (internal for testing: a fake clock may then move).</summary>
    internal Task WhenIdleWorkersAsync(int count)
    {
        lock (_gate)
        {
            if (_idleWorkers >= count)
            {
                // Already idle now; a later submit must be followed by a fresh wait.
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _idleWaiter = (count, signal);
            return signal.Task;
        }
    }

    public void Dispose()
    {
        List<PendingRequest> abandoned;
        lock (_gate)
        {
            _disposed = true;
            _delayTimer?.Dispose();
            abandoned = [.. _queues.Values.SelectMany(q => q)];
            _queues.Clear();
            _tenants.Clear();
            _queuedRows = 0;
            Monitor.PulseAll(_gate);
        }

        foreach (var request in abandoned)
        {
            request.Reject(RejectionReason.Unavailable, $"Model {_model} was deactivated before the request ran; retry.");
        }

        // A worker may be inside a batch: the session must outlive it, so wait for every worker to leave.
        foreach (var worker in _workers)
        {
            if (worker != Thread.CurrentThread)
            {
                worker.Join();
            }
        }
    }

    private Task Rejected(RejectionReason reason, string message)
    {
        _instruments.OnRejected(_model, reason);
        return Task.FromException(new InferenceRejectedException(reason, message));
    }

    /// <summary>A worker's loop: wait for rows, form a batch, run it, repeat until disposed.</summary>
    private void Work()
    {
        var input = new float[_options.MaxBatchRows * _executor.FeatureCount];
        var output = new float[_options.MaxBatchRows * _executor.ClassCount];
        while (NextBatch() is { } batch)
        {
            Run(batch, input, output);
        }
    }

    /// <summary>Blocks until a batch should run (null once disposed) and takes its rows from the queues.</summary>
    private Batch? NextBatch()
    {
        lock (_gate)
        {
            while (!_disposed)
            {
                var now = _time.GetUtcNow();
                DropDead(now);
                if (_queuedRows > 0)
                {
                    if (_queuedRows >= _options.PreferredBatchRows)
                    {
                        return FormBatch(BatchCloseReason.Idle);
                    }

                    // Only a model that asks for a preferred batch size ever waits, and never longer than the delay.
                    var waited = now - OldestEnqueuedAt();
                    if (waited >= _options.MaxQueueDelay)
                    {
                        return FormBatch(BatchCloseReason.Delay);
                    }

                    ArmDelayTimer(_options.MaxQueueDelay - waited);
                }

                _idleWorkers++;
                if (_idleWaiter is { } waiter && _idleWorkers >= waiter.Count)
                {
                    _idleWaiter = null;
                    waiter.Signal.TrySetResult();
                }

                Monitor.Wait(_gate);
                _idleWorkers--;
            }

            return null;
        }
    }

    private Batch FormBatch(BatchCloseReason reason)
    {
        var capacity = _options.MaxBatchRows;
        var segments = new List<BatchSegment>();
        var rows = 0;
        while (rows < capacity && _tenants.Count > 0)
        {
            // One round: every tenant with queued rows gets an equal share of what is left, starting with the
            // tenant after the one that started the previous round.
            var share = Math.Max(1, (capacity - rows) / _tenants.Count);
            var round = _tenants.Count;
            var start = _nextTenant % round;
            for (var i = 0; i < round && rows < capacity; i++)
            {
                var tenant = _tenants[(start + i) % round];
                rows += Take(_queues[tenant], Math.Min(share, capacity - rows), segments);
            }

            foreach (var drained in _tenants.Where(t => _queues[t].Count == 0).ToList())
            {
                _tenants.Remove(drained);
                _queues.Remove(drained);
            }
            _nextTenant = start + 1;
        }

        _queuedRows -= rows;
        if (_queuedRows > 0 && _idleWorkers > 0)
        {
            // Rows are left (a split request, a big segment): another idle worker can start on them now.
            Monitor.Pulse(_gate);
        }

        if (rows == capacity && reason == BatchCloseReason.Idle)
        {
            reason = BatchCloseReason.Full;
        }

        return new Batch(segments, rows, reason);
    }

    private static int Take(Queue<PendingRequest> queue, int budget, List<BatchSegment> segments)
    {
        var taken = 0;
        while (taken < budget && queue.TryPeek(out var head))
        {
            var count = Math.Min(head.UnscheduledRows, budget - taken);
            segments.Add(new BatchSegment(head, head.ScheduledRows, count));
            head.ScheduledRows += count;
            taken += count;
            if (head.UnscheduledRows == 0)
            {
                queue.Dequeue();
            }
        }

        return taken;
    }

    /// <summary>Removes queued requests that were cancelled or whose deadline passed, failing them. Caller holds the lock.</summary>
    private void DropDead(DateTimeOffset now)
    {
        for (var t = _tenants.Count - 1; t >= 0; t--)
        {
            var queue = _queues[_tenants[t]];
            var kept = queue.Count;
            for (var i = 0; i < kept; i++)
            {
                var request = queue.Dequeue();
                if (request.IsFinished || request.CancellationToken.IsCancellationRequested)
                {
                    // Already refused by its cancellation callback (which counted it), or about to be.
                    OnCancelled(request);
                    _queuedRows -= request.UnscheduledRows;
                }
                else if (request.Deadline <= now)
                {
                    request.Reject(RejectionReason.DeadlineExceeded, $"The deadline of the request for model {_model} passed while it was queued.");
                    _instruments.OnRejected(_model, RejectionReason.DeadlineExceeded);
                    _queuedRows -= request.UnscheduledRows;
                }
                else
                {
                    queue.Enqueue(request);
                }
            }

            if (queue.Count == 0)
            {
                _queues.Remove(_tenants[t]);
                _tenants.RemoveAt(t);
            }
        }
    }

    private DateTimeOffset OldestEnqueuedAt()
    {
        var oldest = DateTimeOffset.MaxValue;
        foreach (var tenant in _tenants)
        {
            if (_queues[tenant].TryPeek(out var head) && head.EnqueuedAt < oldest)
            {
                oldest = head.EnqueuedAt;
            }
        }

        return oldest;
    }

    private void ArmDelayTimer(TimeSpan due)
    {
        _delayTimer ??= _time.CreateTimer(static state => ((MicroBatcher)state!).OnDelayElapsed(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _delayTimer.Change(due, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// The caller gave up: refuse the request (once). ASP.NET cancels a call when its deadline passes, so a
    /// cancellation at or after the deadline is reported as the deadline it is.
    /// </summary>
    private void OnCancelled(PendingRequest request)
    {
        if (request.IsFinished)
        {
            return;
        }

        var reason = request.Deadline <= _time.GetUtcNow() ? RejectionReason.DeadlineExceeded : RejectionReason.Cancelled;
        request.Reject(
            reason,
            reason == RejectionReason.DeadlineExceeded
                ? $"The deadline of the request for model {_model} passed before inference."
                : "The request was cancelled before inference.");
        _instruments.OnRejected(_model, reason);
    }

    private void OnDelayElapsed()
    {
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }

    private void Run(Batch batch, float[] input, float[] output)
    {
        var features = _executor.FeatureCount;
        var classes = _executor.ClassCount;
        var startedAt = _time.GetUtcNow();
        try
        {
            var offset = 0;
            foreach (var segment in batch.Segments)
            {
                segment.Request.Features.Span.Slice(segment.Start * features, segment.Count * features).CopyTo(input.AsSpan(offset * features));
                _instruments.OnQueued(_model, startedAt - segment.Request.EnqueuedAt);
                offset += segment.Count;
            }

            _executor.Run(input, batch.Rows, output);
            _instruments.OnBatch(_model, batch.Rows, batch.Reason, _time.GetUtcNow() - startedAt);

            offset = 0;
            foreach (var segment in batch.Segments)
            {
                output.AsSpan(offset * classes, segment.Count * classes).CopyTo(segment.Request.Output.Span.Slice(segment.Start * classes));
                segment.Request.RowsCompleted(segment.Count);
                offset += segment.Count;
            }
        }
        catch (Exception ex)
        {
            // A failed batch fails its requests; the worker goes on with the next one.
            foreach (var segment in batch.Segments)
            {
                segment.Request.Fail(ex);
            }
        }
    }

    private sealed record Batch(List<BatchSegment> Segments, int Rows, BatchCloseReason Reason);
}
