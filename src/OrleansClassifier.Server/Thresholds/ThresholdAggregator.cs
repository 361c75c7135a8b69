using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OrleansClassifier.Abstractions.Thresholds;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>
/// Per tenant and model, the scores this front-end predicted and the outcomes reported to it, flushed to the
/// threshold grain in batches of at most <see cref="ThresholdFrontEndOptions.FlushBatchSize"/>: when a batch
/// fills, on the flush timer, on demand (before outcomes are acknowledged) and at a graceful stop. What a
/// failed flush held is put back for the next one.
/// </summary>
internal sealed class ThresholdAggregator(
    IGrainFactory grains,
    ThresholdParametersCache cache,
    IOptions<ThresholdFrontEndOptions> options,
    ILogger<ThresholdAggregator> logger)
{
    private readonly ThresholdFrontEndOptions _options = options.Value;
    private readonly ConcurrentDictionary<ThresholdKey, Buffer> _buffers = new();


    public void AddScore(string tenant, string model, float score)
    {
        var buffer = Get(tenant, model);
        bool full;
        lock (buffer.Sync)
        {
            if (buffer.Scores.Count >= _options.MaxPendingScores)
            {
                buffer.Dropped++;
                return;
            }

            buffer.Scores.Add(score);
            full = buffer.Pending >= _options.FlushBatchSize;
        }

        if (full)
        {
            FlushInBackground(buffer);
        }
    }

    /// <summary>Queues an outcome (its score NaN when unknown); false when the pending outcomes are at their bound.</summary>
    public bool TryAddOutcome(string tenant, string model, bool positive, float score)
    {
        var buffer = Get(tenant, model);
        bool full;
        lock (buffer.Sync)
        {
            if (buffer.Labels.Count >= _options.MaxPendingOutcomes)
            {
                return false;
            }

            buffer.Labels.Add(positive);
            buffer.OutcomeScores.Add(score);
            full = buffer.Pending >= _options.FlushBatchSize;
        }

        if (full)
        {
            FlushInBackground(buffer);
        }

        return true;
    }

    /// <summary>Flushes everything pending for a tenant and model; throws when the grain cannot take it.</summary>
    public Task FlushAsync(string tenant, string model) => FlushAsync(Get(tenant, model));

    /// <summary>Flushes every buffer; failures are logged and what failed is kept.</summary>
    public async Task FlushAllAsync()
    {
        foreach (var buffer in _buffers.Values)
        {
            try
            {
                await FlushAsync(buffer);
            }
            catch (Exception)
            {
                // Logged in FlushAsync; kept for the next flush.
            }
        }
    }

    private Buffer Get(string tenant, string model) =>
        _buffers.GetOrAdd(new ThresholdKey(tenant, model), static k => new Buffer(k));

    private void FlushInBackground(Buffer buffer)
    {
        if (Interlocked.CompareExchange(ref buffer.BackgroundQueued, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await FlushAsync(buffer);
            }
            catch (Exception)
            {
                // Logged in FlushAsync; the timer retries.
            }
            finally
            {
                // Cleared only once the flush is over: while it runs (or waits for a slow grain), further full
                // batches start no more tasks; it drains what they added, and the timer catches any race.
                Volatile.Write(ref buffer.BackgroundQueued, 0);
            }
        });
    }

    private async Task FlushAsync(Buffer buffer)
    {
        await buffer.Gate.WaitAsync();
        try
        {
            // Flush what is pending now, not what keeps arriving: under steady traffic "until empty" never ends,
            // and a caller waiting for its outcomes to be acknowledged would wait with it.
            int budget;
            lock (buffer.Sync)
            {
                budget = buffer.Labels.Count + buffer.Scores.Count;
            }

            while (budget > 0)
            {
                float[] scores;
                bool[] labels;
                float[] outcomeScores;
                long dropped;
                lock (buffer.Sync)
                {
                    var size = _options.FlushBatchSize;
                    var outcomes = Math.Min(buffer.Labels.Count, size);
                    var scoreCount = Math.Min(buffer.Scores.Count, size - outcomes);
                    labels = [.. buffer.Labels.GetRange(0, outcomes)];
                    outcomeScores = [.. buffer.OutcomeScores.GetRange(0, outcomes)];
                    scores = [.. buffer.Scores.GetRange(0, scoreCount)];
                    buffer.Labels.RemoveRange(0, outcomes);
                    buffer.OutcomeScores.RemoveRange(0, outcomes);
                    buffer.Scores.RemoveRange(0, scoreCount);
                    dropped = buffer.Dropped;
                    buffer.Dropped = 0;
                }

                if (dropped > 0)
                {
                    ThresholdFrontEndLog.ScoresDropped(logger, buffer.Key.Tenant, buffer.Key.Model, dropped);
                }

                if (labels.Length == 0 && scores.Length == 0)
                {
                    return;
                }

                budget -= labels.Length + scores.Length;

                var batch = new ThresholdObservations(
                    cache.TrainingPositiveRate(buffer.Key.Model), scores, labels, outcomeScores, cache.Reference);
                try
                {
                    var update = await grains.GetGrain<ITenantThresholdGrain>(ThresholdGrainKey.Format(buffer.Key.Tenant, buffer.Key.Model))
                        .RecordAsync(batch);
                    cache.Apply(update);
                }
                catch (Exception ex)
                {
                    lock (buffer.Sync)
                    {
                        buffer.Labels.InsertRange(0, labels);
                        buffer.OutcomeScores.InsertRange(0, outcomeScores);
                        buffer.Scores.InsertRange(0, scores);
                    }

                    ThresholdFrontEndLog.FlushFailed(logger, buffer.Key.Tenant, buffer.Key.Model, scores.Length, labels.Length, ex);
                    throw;
                }
            }
        }
        finally
        {
            buffer.Gate.Release();
        }
    }

    private sealed class Buffer(ThresholdKey key)
    {
        public readonly ThresholdKey Key = key;
        public readonly Lock Sync = new();
        public readonly SemaphoreSlim Gate = new(1, 1);
        public readonly List<float> Scores = [];
        public readonly List<bool> Labels = [];
        public readonly List<float> OutcomeScores = [];
        public long Dropped;
        public int BackgroundQueued;

        public int Pending => Scores.Count + Labels.Count;
    }
}
