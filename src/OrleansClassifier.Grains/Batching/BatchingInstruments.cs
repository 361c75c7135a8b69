using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OrleansClassifier.Abstractions;

namespace OrleansClassifier.Grains.Batching;

/// <summary>The batcher's metrics (System.Diagnostics.Metrics), one meter per service from <see cref="IMeterFactory"/>.</summary>
internal sealed class BatchingInstruments
{
    public const string MeterName = "OrleansClassifier.Batching";
    public const string BatchRows = "orleans_classifier.batch.rows";
    public const string QueueDelay = "orleans_classifier.batch.queue_delay";
    public const string InferenceTime = "orleans_classifier.batch.inference_time";
    public const string RowsInferred = "orleans_classifier.rows";
    public const string Batches = "orleans_classifier.batches";
    public const string QueueDepth = "orleans_classifier.queue.depth";
    public const string Rejections = "orleans_classifier.rejections";
    public const string ModelTag = "model";
    public const string ReasonTag = "reason";

    private readonly Histogram<int> _batchRows;
    private readonly Histogram<double> _queueDelay;
    private readonly Histogram<double> _inferenceTime;
    private readonly Counter<long> _rows;
    private readonly Counter<long> _batches;
    private readonly Counter<long> _rejections;
    private readonly ConcurrentDictionary<MicroBatcherHandle, string> _queues = new();

    public BatchingInstruments(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _batchRows = meter.CreateHistogram<int>(BatchRows, "{row}", "Rows per device batch.");
        _queueDelay = meter.CreateHistogram<double>(QueueDelay, "ms", "Time a request waited in the batcher's queue before its batch ran.");
        _inferenceTime = meter.CreateHistogram<double>(InferenceTime, "ms", "Time a device batch took to run.");
        _rows = meter.CreateCounter<long>(RowsInferred, "{row}", "Rows run through inference (the rate gives rows per second).");
        _batches = meter.CreateCounter<long>(Batches, "{batch}", "Device batches run, by why they closed (full, delay, idle).");
        _rejections = meter.CreateCounter<long>(Rejections, "{request}", "Requests refused without inference, by reason.");
        meter.CreateObservableGauge(QueueDepth, ObserveQueueDepth, "{row}", "Rows queued in model batchers.");
    }

    public void OnBatch(string model, int rows, BatchCloseReason reason, TimeSpan inferenceTime)
    {
        var modelTag = new KeyValuePair<string, object?>(ModelTag, model);
        if (_batchRows.Enabled)
        {
            _batchRows.Record(rows, modelTag);
        }

        if (_inferenceTime.Enabled)
        {
            _inferenceTime.Record(inferenceTime.TotalMilliseconds, modelTag);
        }

        if (_rows.Enabled)
        {
            _rows.Add(rows, modelTag);
        }

        if (_batches.Enabled)
        {
            _batches.Add(1, modelTag, new KeyValuePair<string, object?>(ReasonTag, ReasonName(reason)));
        }
    }

    public void OnQueued(string model, TimeSpan waited)
    {
        if (_queueDelay.Enabled)
        {
            _queueDelay.Record(waited.TotalMilliseconds, new KeyValuePair<string, object?>(ModelTag, model));
        }
    }

    public void OnRejected(string model, RejectionReason reason)
    {
        if (_rejections.Enabled)
        {
            _rejections.Add(1, new KeyValuePair<string, object?>(ModelTag, model), new KeyValuePair<string, object?>(ReasonTag, ReasonName(reason)));
        }
    }

    /// <summary>Adds a batcher's queue to the queue-depth gauge until the handle is disposed.</summary>
    public IDisposable TrackQueue(string model, Func<int> queuedRows)
    {
        var handle = new MicroBatcherHandle(queuedRows, this);
        _queues[handle] = model;
        return handle;
    }

    public static string ReasonName(BatchCloseReason reason) => reason switch
    {
        BatchCloseReason.Full => "full",
        BatchCloseReason.Delay => "delay",
        _ => "idle",
    };

    public static string ReasonName(RejectionReason reason) => reason switch
    {
        RejectionReason.QueueFull => "queue_full",
        RejectionReason.DeadlineExceeded => "deadline",
        RejectionReason.Unavailable => "unavailable",
        RejectionReason.Failed => "failed",
        _ => "cancelled",
    };

    private IEnumerable<Measurement<int>> ObserveQueueDepth()
    {
        foreach (var (handle, model) in _queues)
        {
            yield return new Measurement<int>(handle.QueuedRows(), new KeyValuePair<string, object?>(ModelTag, model));
        }
    }

    private sealed class MicroBatcherHandle(Func<int> queuedRows, BatchingInstruments owner) : IDisposable
    {
        public Func<int> QueuedRows { get; } = queuedRows;

        public void Dispose() => owner._queues.TryRemove(this, out _);
    }
}
