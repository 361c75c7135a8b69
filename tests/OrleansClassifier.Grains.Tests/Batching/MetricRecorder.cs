using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace OrleansClassifier.Grains.Tests.Batching;

/// <summary>Records the long-valued measurements of one instrument of one meter, with their tags.</summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(long Value, Dictionary<string, object?> Tags)> _measurements = new();

    public MetricRecorder(object meterScope, string meterName, string instrumentName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && instrument.Name == instrumentName && ReferenceEquals(instrument.Meter.Scope, meterScope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            _measurements.Enqueue((value, copy));
        });
        _listener.Start();
    }

    public IReadOnlyList<(long Value, Dictionary<string, object?> Tags)> Measurements => [.. _measurements];

    public IReadOnlyList<string?> Tag(string name) => [.. _measurements.Select(m => m.Tags.GetValueOrDefault(name) as string)];

    public void Dispose() => _listener.Dispose();
}
