using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrleansClassifier.Abstractions;
using OrleansClassifier.Grains.Batching;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Grains.Tests.Batching;

public sealed class MicroBatcherTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
    private readonly GatedExecutor _executor = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly BatchingInstruments _instruments;
    private readonly MetricRecorder _batches;
    private readonly MetricRecorder _rejections;

    public MicroBatcherTests()
    {
        var meters = _services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        _instruments = new BatchingInstruments(meters);
        _batches = new MetricRecorder(meters, BatchingInstruments.MeterName, BatchingInstruments.Batches);
        _rejections = new MetricRecorder(meters, BatchingInstruments.MeterName, BatchingInstruments.Rejections);
    }

    public void Dispose()
    {
        _batches.Dispose();
        _rejections.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task Submit_LoneRequestIdleExecutor_RunsAtOnceWithoutWaitingForTheDelay()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8, MaxQueueDelay = TimeSpan.FromMilliseconds(50) });

        var (task, output, _) = Submit(batcher, "a", 1, 7f);

        // The executor gets the row without any time passing: low load pays no delay.
        await _executor.WhenBatchCountAsync(1);
        Assert.Equal([[7f]], _executor.Batches);
        _executor.ReleaseOne();
        await task;
        Assert.Equal([GatedExecutor.Expected(7, 0), GatedExecutor.Expected(7, 1)], output);
        Assert.Equal(["idle"], _batches.Tag(BatchingInstruments.ReasonTag));
    }

    [Fact]
    public async Task Submit_ConcurrentWhileBusy_BatchesGrowButNeverPassTheMaximum()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8 });
        var first = Submit(batcher, "a", 1, 0f);
        await _executor.WhenBatchCountAsync(1);
        var queued = Enumerable.Range(1, 20).Select(i => Submit(batcher, "a", 1, i)).ToList();

        await _executor.DrainAsync(queued.Select(q => q.Task).Append(first.Task));

        await Task.WhenAll(queued.Select(q => q.Task).Append(first.Task));
        Assert.Equal([1, 8, 8, 4], _executor.Batches.Select(b => b.Length));
        Assert.All(queued, q => Assert.Equal(GatedExecutor.Expected(q.First, 1), q.Output[1]));
        Assert.Equal(["idle", "full", "full", "idle"], _batches.Tag(BatchingInstruments.ReasonTag));
    }

    [Fact]
    public async Task Submit_RequestLargerThanABatch_SplitAcrossBatchesInOrder()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8, QueueBoundRows = 64 });
        var features = Enumerable.Range(0, 20).SelectMany(i => new[] { (float)i, 0f }).ToArray();
        var output = new float[40];

        var task = batcher.SubmitAsync("a", features, output, 20, null, CancellationToken.None);
        await _executor.DrainAsync(task);

        await task;
        Assert.Equal([8, 8, 4], _executor.Batches.Select(b => b.Length));
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(GatedExecutor.Expected(i, 0), output[i * 2]);
        }
    }

    [Fact]
    public async Task Submit_PreferredBatchSize_WaitsAtMostTheDelayThenRuns()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8, PreferredBatchRows = 4, MaxQueueDelay = TimeSpan.FromMilliseconds(10) });

        var lone = Submit(batcher, "a", 1, 1f);
        await batcher.WhenIdleWorkersAsync(1);
        _time.Advance(TimeSpan.FromMilliseconds(9));
        await batcher.WhenIdleWorkersAsync(1);
        Assert.Empty(_executor.Batches);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await _executor.WhenBatchCountAsync(1);
        Assert.Equal([[1f]], _executor.Batches);
        _executor.ReleaseOne();
        await lone.Task;
        Assert.Equal(["delay"], _batches.Tag(BatchingInstruments.ReasonTag));

        // Reaching the preferred size runs at once, without the delay.
        await _executor.WhenBatchCountAsync(1);
        var group = Enumerable.Range(0, 4).Select(i => Submit(batcher, "a", 1, 10 + i)).ToList();
        await _executor.WhenBatchCountAsync(2);
        Assert.Equal(4, _executor.Batches[^1].Length);
        await _executor.DrainAsync(group.Select(g => g.Task));
    }

    [Fact]
    public async Task Submit_PastTheQueueBound_RefusedAtOnce()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 4, QueueBoundRows = 8 });
        var running = Submit(batcher, "a", 4, 0f);
        await _executor.WhenBatchCountAsync(1);
        var queued = Submit(batcher, "a", 8, 1f);

        var refused = Submit(batcher, "b", 1, 2f);

        Assert.True(refused.Task.IsFaulted);
        var ex = await Assert.ThrowsAsync<InferenceRejectedException>(() => refused.Task);
        Assert.Equal(RejectionReason.QueueFull, ex.Reason);
        Assert.Contains("bound of 8", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["queue_full"], _rejections.Tag(BatchingInstruments.ReasonTag));
        await _executor.DrainAsync(running.Task, queued.Task);
        await Task.WhenAll(running.Task, queued.Task);
    }

    [Fact]
    public async Task Submit_CancelledWhileQueued_NeverReachesTheExecutor()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8 });
        var running = Submit(batcher, "a", 1, 1f);
        await _executor.WhenBatchCountAsync(1);
        using var cts = new CancellationTokenSource();
        var cancelled = Submit(batcher, "a", 1, 2f, cancellationToken: cts.Token);
        var kept = Submit(batcher, "a", 1, 3f);

        await cts.CancelAsync();
        await _executor.DrainAsync(running.Task, kept.Task);

        var ex = await Assert.ThrowsAsync<InferenceRejectedException>(() => cancelled.Task);
        Assert.Equal(RejectionReason.Cancelled, ex.Reason);
        Assert.DoesNotContain(_executor.Batches.SelectMany(b => b), f => f == 2f);
    }

    [Fact]
    public async Task Submit_DeadlinePassesWhileQueued_NeverReachesTheExecutor()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8 });
        var running = Submit(batcher, "a", 1, 1f);
        await _executor.WhenBatchCountAsync(1);
        var expiring = Submit(batcher, "a", 1, 2f, deadline: _time.GetUtcNow().AddMilliseconds(5));

        _time.Advance(TimeSpan.FromMilliseconds(6));
        _executor.ReleaseOne();
        await running.Task;

        var ex = await Assert.ThrowsAsync<InferenceRejectedException>(() => expiring.Task);
        Assert.Equal(RejectionReason.DeadlineExceeded, ex.Reason);
        Assert.Single(_executor.Batches);
        Assert.Equal(["deadline"], _rejections.Tag(BatchingInstruments.ReasonTag));
    }

    [Fact]
    public async Task Submit_AlreadyCancelledOrExpired_RefusedWithoutQueueing()
    {
        using var batcher = Batcher(new BatchingOptions());
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var cancelled = Submit(batcher, "a", 1, 1f, cancellationToken: cts.Token);
        var expired = Submit(batcher, "a", 1, 2f, deadline: _time.GetUtcNow());

        Assert.Equal(RejectionReason.Cancelled, (await Assert.ThrowsAsync<InferenceRejectedException>(() => cancelled.Task)).Reason);
        Assert.Equal(RejectionReason.DeadlineExceeded, (await Assert.ThrowsAsync<InferenceRejectedException>(() => expired.Task)).Reason);
        Assert.Empty(_executor.Batches);
    }

    [Fact]
    public async Task Submit_OneTenantFloods_AnotherTenantRunsInTheNextBatch()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8, QueueBoundRows = 10_000 });
        var flood = Enumerable.Range(0, 100).Select(i => Submit(batcher, "flooder", 4, 1000 + i)).ToList();
        await _executor.WhenBatchCountAsync(1);
        var quiet = Submit(batcher, "quiet", 1, 7f);

        // The batch running now was formed before the quiet tenant arrived; the next one must hold its row.
        _executor.ReleaseOne();
        await _executor.WhenBatchCountAsync(2);
        Assert.Contains(7f, _executor.Batches[1]);
        _executor.ReleaseOne();
        await quiet.Task;

        await _executor.DrainAsync(flood.Select(f => f.Task));

        Assert.All(_executor.Batches, b => Assert.True(b.Length <= 8));
    }

    [Fact]
    public async Task Submit_TwoTenantsQueued_ShareEachBatchEqually()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8, QueueBoundRows = 1000 });
        var running = Submit(batcher, "a", 1, 0f);
        await _executor.WhenBatchCountAsync(1);
        var a = Enumerable.Range(0, 10).Select(i => Submit(batcher, "a", 1, 100 + i)).ToList();
        var b = Enumerable.Range(0, 10).Select(i => Submit(batcher, "b", 1, 200 + i)).ToList();

        _executor.ReleaseOne();
        await running.Task;
        await _executor.WhenBatchCountAsync(2);

        var second = _executor.Batches[1];
        Assert.Equal(8, second.Length);
        Assert.Equal(4, second.Count(f => f is >= 100 and < 200));
        Assert.Equal(4, second.Count(f => f >= 200));
        await _executor.DrainAsync(a.Concat(b).Select(x => x.Task));
        await Task.WhenAll(a.Concat(b).Select(x => x.Task));
    }

    [Fact]
    public async Task Submit_ExecutorFails_ItsRequestsFailAndTheNextBatchRuns()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8 });
        var doomed = Submit(batcher, "a", 1, 1f);
        await _executor.WhenBatchCountAsync(1);
        var after = Submit(batcher, "a", 1, 2f);

        _executor.FailNext = new InvalidOperationException("device lost");
        _executor.ReleaseOne();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => doomed.Task);
        Assert.Equal("device lost", ex.Message);

        await _executor.DrainAsync(after.Task);
        await after.Task;
        Assert.Equal(GatedExecutor.Expected(2, 0), after.Output[0]);
    }

    [Fact]
    public async Task Dispose_WhileABatchRuns_WaitsForItBeforeReturning()
    {
        var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8 });
        var running = Submit(batcher, "a", 1, 1f);
        await _executor.WhenBatchCountAsync(1);
        var queued = Submit(batcher, "a", 1, 2f);

        var disposed = Task.Run(batcher.Dispose);
        var refused = await Assert.ThrowsAsync<InferenceRejectedException>(() => queued.Task);

        // The queued request is refused at once; Dispose itself waits for the batch on the session.
        Assert.Equal(RejectionReason.Unavailable, refused.Reason);
        Assert.False(disposed.IsCompleted);
        _executor.ReleaseOne();
        await disposed;
        await running.Task;
    }

    [Fact]
    public async Task Submit_TwoWorkersAndASplitRequest_BothWorkersRunItsBatches()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8, MaxConcurrentBatches = 2, QueueBoundRows = 64 });

        var big = Submit(batcher, "a", 16, 0f);

        // Both halves run at once: the worker that took the first half wakes the idle one for the rest.
        await _executor.WhenBatchCountAsync(2);
        Assert.Equal(2, _executor.Running);
        await _executor.DrainAsync(big.Task);
        await big.Task;
    }

    [Fact]
    public async Task Submit_CancelledAtItsDeadline_ReportedAsDeadlineExceeded()
    {
        using var batcher = Batcher(new BatchingOptions { MaxBatchRows = 8 });
        var running = Submit(batcher, "a", 1, 1f);
        await _executor.WhenBatchCountAsync(1);
        using var cts = new CancellationTokenSource();
        var deadline = _time.GetUtcNow().AddMilliseconds(5);
        var expiring = Submit(batcher, "a", 1, 2f, deadline: deadline, cancellationToken: cts.Token);

        // As ASP.NET does when a call's deadline passes: the token is cancelled at the deadline.
        _time.Advance(TimeSpan.FromMilliseconds(5));
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAsync<InferenceRejectedException>(() => expiring.Task);
        Assert.Equal(RejectionReason.DeadlineExceeded, ex.Reason);
        await _executor.DrainAsync(running.Task);
    }

    [Fact]
    public void Submit_WrongShape_ArgumentException()
    {
        using var batcher = Batcher(new BatchingOptions());

        Assert.Throws<ArgumentException>(() => { _ = batcher.SubmitAsync("a", new float[3], new float[2], 1, null, CancellationToken.None); });
    }

    private MicroBatcher Batcher(BatchingOptions options) => new(options, _executor, _time, _instruments, "test/1");

    private static (Task Task, float[] Output, float First) Submit(
        MicroBatcher batcher, string tenant, int rows, float first, DateTimeOffset? deadline = null, CancellationToken cancellationToken = default)
    {
        var features = new float[rows * 2];
        for (var r = 0; r < rows; r++)
        {
            features[r * 2] = first + r;
        }

        var output = new float[rows * 2];
        return (batcher.SubmitAsync(tenant, features, output, rows, deadline, cancellationToken), output, first);
    }
}
