using System.Collections.Concurrent;
using System.Globalization;
using Grpc.Core;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Bench.Load;

/// <summary>
/// Drives one stream: a sender that sends by the loop's rule and a receiver that matches answers to requests
/// by id. Closed loop: keep <c>K</c> requests in flight, latency from the actual send. Open loop: send at the
/// schedule's intended times, latency from the intended time; when the target pushes back (flow control, or
/// the outstanding bound) later sends leave late, and their wait is counted, not hidden.
/// </summary>
internal sealed class StreamWorker
{
    public const string Unfinished = "UNFINISHED";
    public const string NotSent = "NOT_SENT";
    public const string Unmatched = "UNMATCHED";

    private readonly ConcurrentDictionary<long, Pending> _pending = new();
    private readonly IRequestStream _stream;
    private readonly RequestFactory _requests;
    private readonly LoadWindow _window;
    private readonly TimeProvider _time;
    private readonly LoadProgress? _progress;
    private readonly LoadStats _received = new();
    private readonly LoadStats _sent = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SemaphoreSlim _slots = null!;
    private volatile bool _sendingDone;
    private bool _openLoop;
    private long _nextId;

    public StreamWorker(IRequestStream stream, RequestFactory requests, LoadWindow window, TimeProvider time, LoadProgress? progress = null, bool trace = false)
    {
        _progress = progress;
        _stream = stream;
        _requests = requests;
        _window = window;
        _time = time;
        Trace = trace ? new ConcurrentQueue<RequestTrace>() : null;
    }

    /// <summary>Every request's times, when tracing (tests).</summary>
    public ConcurrentQueue<RequestTrace>? Trace { get; }

    /// <summary>All the figures, once a run method has returned.</summary>
    public LoadStats Stats { get; } = new();

    /// <summary>Keeps <paramref name="inFlight"/> requests in flight until the window closes.</summary>
    public Task RunClosedAsync(int inFlight, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inFlight);
        _openLoop = false;
        _slots = new SemaphoreSlim(inFlight, inFlight);
        return RunAsync(SendClosedAsync, cancellationToken);
    }

    /// <summary>Sends at the schedule's intended times until the window closes, with at most <paramref name="maxOutstanding"/> unanswered.</summary>
    public Task RunOpenAsync(ArrivalSchedule schedule, int maxOutstanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxOutstanding);
        _openLoop = true;
        _slots = new SemaphoreSlim(maxOutstanding, maxOutstanding);
        return RunAsync(token => SendOpenAsync(schedule, token), cancellationToken);
    }

    private async Task RunAsync(Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiver = ReceiveAsync(stop);
        string? failure = null;
        try
        {
            await send(stop.Token);
            _sendingDone = true;
            if (_pending.IsEmpty)
            {
                _drained.TrySetResult();
            }

            await Task.WhenAny(_drained.Task, Task.Delay(_window.Drain, _time, stop.Token));
            await _stream.CompleteAsync();
        }
        catch (RpcException ex)
        {
            failure = StatusNames.Of(ex.StatusCode);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The receiver failed, or the whole run was cancelled.
        }
        catch (InvalidOperationException)
        {
            // Writing to a call that already ended: the receiver says why.
        }

        // Answers still owed after the drain period will not come.
        if (await Task.WhenAny(receiver, Task.Delay(_window.Drain, _time, CancellationToken.None)) != receiver)
        {
            await stop.CancelAsync();
        }

        failure = await receiver ?? failure;
        foreach (var (_, pending) in _pending)
        {
            if (_window.Contains(pending.Intended))
            {
                Stats.OnError(failure ?? Unfinished);
            }
        }

        _pending.Clear();
        _stream.Dispose();
        Stats.Merge(_received);
        Stats.Merge(_sent);
    }

    private async Task SendClosedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _slots.WaitAsync(cancellationToken);
            var now = _time.GetTimestamp();
            if (now >= _window.Stop)
            {
                return;
            }

            await SendOneAsync(now, now, cancellationToken);
        }
    }

    private async Task SendOpenAsync(ArrivalSchedule schedule, CancellationToken cancellationToken)
    {
        while (true)
        {
            var intended = _window.AtOffset(schedule.NextOffsetSeconds());
            if (intended >= _window.Stop)
            {
                return;
            }

            var wait = intended - _time.GetTimestamp();
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait / (double)_window.Frequency), _time, cancellationToken);
            }

            // The outstanding bound: a target that stops answering holds later sends here, and the wait counts.
            await _slots.WaitAsync(cancellationToken);
            var now = _time.GetTimestamp();
            if (now >= _window.Stop + (long)(_window.Drain.TotalSeconds * _window.Frequency))
            {
                // So far behind that the run would never end: what is still owed was never sent.
                _slots.Release();
                CountNotSent(schedule, intended);
                return;
            }

            if (_window.Contains(intended))
            {
                _sent.SendLag.Record(_window.Microseconds(now - intended));
            }

            await SendOneAsync(intended, now, cancellationToken);
        }
    }

    private void CountNotSent(ArrivalSchedule schedule, long firstIntended)
    {
        for (var intended = firstIntended; intended < _window.Stop; intended = _window.AtOffset(schedule.NextOffsetSeconds()))
        {
            if (_window.Contains(intended))
            {
                _sent.OnError(NotSent);
            }
        }
    }

    private Task SendOneAsync(long intended, long now, CancellationToken cancellationToken)
    {
        var id = ++_nextId;
        // Registered before sending: the answer may arrive before the send returns.
        _pending[id] = new Pending(intended, now);
        _sent.OnSent();
        _progress?.OnSent();
        return _stream.SendAsync(_requests.Create(id), cancellationToken);
    }

    private async Task<string?> ReceiveAsync(CancellationTokenSource stop)
    {
        await Task.Yield();
        try
        {
            await foreach (var response in _stream.ReadAllAsync(stop.Token))
            {
                var now = _time.GetTimestamp();
                if (!long.TryParse(response.RequestId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    || !_pending.TryRemove(id, out var pending))
                {
                    _received.OnError(Unmatched);
                    continue;
                }

                _slots.Release();
                Record(response, pending, now);
                if (_sendingDone && _pending.IsEmpty)
                {
                    _drained.TrySetResult();
                }
            }

            return null;
        }
        catch (RpcException ex)
        {
            await stop.CancelAsync();
            return ex.StatusCode == StatusCode.Cancelled && stop.IsCancellationRequested ? null : StatusNames.Of(ex.StatusCode);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        finally
        {
            _drained.TrySetResult();
        }
    }

    private void Record(ClassifyStreamResponse response, Pending pending, long now)
    {
        // Open loop: a request counts by when it was meant to leave; closed loop: by when it came back.
        var counts = _window.Contains(_openLoop ? pending.Intended : now);
        var rows = _requests.InstancesPerRequest;
        _progress?.OnAnswered(response.OutcomeCase == ClassifyStreamResponse.OutcomeOneofCase.Error);
        Trace?.Enqueue(new RequestTrace(pending.Intended, pending.Sent, now, response.OutcomeCase == ClassifyStreamResponse.OutcomeOneofCase.Error));
        if (response.OutcomeCase == ClassifyStreamResponse.OutcomeOneofCase.Error)
        {
            if (counts)
            {
                var code = response.Error.CodeName;
                _received.OnError(string.IsNullOrEmpty(code) ? StatusNames.Of((StatusCode)response.Error.Code) : code);
            }

            return;
        }

        if (counts)
        {
            _received.Latency.Record(_window.Microseconds(now - pending.Intended));
        }

        if (_window.Contains(now))
        {
            _received.OnCompletedInWindow(rows);
        }
    }

    private readonly record struct Pending(long Intended, long Sent);
}

/// <summary>One request's times (timestamps of the worker's <see cref="TimeProvider"/>).</summary>
internal readonly record struct RequestTrace(long Intended, long Sent, long Completed, bool Failed);
