using OrleansClassifier.Grains.Batching;

namespace OrleansClassifier.Grains.Tests.Batching;

/// <summary>
/// A batch executor the test drives: each batch waits until the test releases it, and records the rows it got.
/// Its output for a row is a function of the row's first feature, so every caller can check it got its own rows.
/// </summary>
internal sealed class GatedExecutor(int featureCount = 2, int classCount = 2) : IBatchExecutor
{
    private readonly Lock _gate = new();
    private readonly List<(float[] Rows, TaskCompletionSource Release)> _batches = [];
    private readonly List<(Func<bool> Condition, TaskCompletionSource Signal)> _waiters = [];

    public int FeatureCount => featureCount;

    public int ClassCount => classCount;

    public Exception? FailNext { get; set; }

    /// <summary>The first feature of every row each batch received, batch by batch.</summary>
    public IReadOnlyList<float[]> Batches
    {
        get
        {
            lock (_gate)
            {
                return [.. _batches.Select(b => b.Rows)];
            }
        }
    }

    public int Running
    {
        get
        {
            lock (_gate)
            {
                return _batches.Count(b => !b.Release.Task.IsCompleted);
            }
        }
    }

    private Task When(Func<bool> condition)
    {
        lock (_gate)
        {
            if (condition())
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, signal));
            return signal.Task;
        }
    }

    private void Signal()
    {
        foreach (var waiter in _waiters.Where(w => w.Condition()).ToList())
        {
            _waiters.Remove(waiter);
            waiter.Signal.TrySetResult();
        }
    }

    public static float Expected(float firstFeature, int column) => (firstFeature * 10) + column;

    /// <summary>Blocks the batcher's worker until the test releases this batch.</summary>
    public void Run(float[] input, int rows, float[] output)
    {
        var firsts = Enumerable.Range(0, rows).Select(r => input[r * featureCount]).ToArray();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _batches.Add((firsts, release));
            Signal();
        }

        if (!release.Task.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("The test never released the batch.");
        }

        Complete(firsts, output);
    }

    /// <summary>Completes once the executor has received <paramref name="count"/> batches in all.</summary>
    public Task WhenBatchCountAsync(int count) => When(() => _batches.Count >= count);

    /// <summary>Completes once a batch is waiting to be released.</summary>
    public Task WhenRunningAsync() => When(() => _batches.Any(b => !b.Release.Task.IsCompleted));

    /// <summary>Releases batches as they arrive until every task in <paramref name="tasks"/> has completed (in any way).</summary>
    public async Task DrainAsync(params IEnumerable<Task> tasks)
    {
        var all = Task.WhenAll(tasks).ContinueWith(static _ => { }, TaskScheduler.Default);
        while (!all.IsCompleted)
        {
            var running = WhenRunningAsync();
            if (await Task.WhenAny(all, running) == running)
            {
                ReleaseOne();
            }
        }
    }

    /// <summary>Lets the oldest running batch finish.</summary>
    public void ReleaseOne()
    {
        lock (_gate)
        {
            _batches.First(b => !b.Release.Task.IsCompleted).Release.TrySetResult();
        }
    }

    private void Complete(float[] firsts, float[] output)
    {
        var failure = FailNext;
        FailNext = null;
        if (failure is not null)
        {
            throw failure;
        }

        for (var r = 0; r < firsts.Length; r++)
        {
            for (var c = 0; c < classCount; c++)
            {
                output[(r * classCount) + c] = Expected(firsts[r], c);
            }
        }
    }
}
