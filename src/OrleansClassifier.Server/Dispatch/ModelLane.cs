using OrleansClassifier.Abstractions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Server.Dispatch;

/// <summary>
/// The front-end's path to one model version: requests arriving while every replica already has its quota of
/// calls in flight wait here and leave together as one grain call, so Orleans' per-call cost is paid per
/// group, not per request. Each call goes to the replica with the fewest outstanding rows.
/// </summary>
internal sealed class ModelLane
{
    private readonly IGrainFactory _grains;
    private readonly ModelDescriptor _model;
    private readonly int _maxRowsPerCall;
    private readonly int _maxCallsPerReplica;
    private readonly Lock _gate = new();
    private readonly Queue<Waiting> _waiting = new();
    private readonly Replica[] _replicas;

    public ModelLane(IGrainFactory grains, ModelDescriptor model, int replicas, int maxRowsPerCall, int maxCallsPerReplica)
    {
        _grains = grains;
        _model = model;
        _maxRowsPerCall = maxRowsPerCall;
        _maxCallsPerReplica = maxCallsPerReplica;
        _replicas = [.. Enumerable.Range(0, replicas).Select(i => new Replica(grains.GetGrain<IModelGrain>(new ModelGrainKey(model.Name, model.Version, i).ToString())))];
    }

    /// <summary>Rows sent to each replica and not yet answered (for tests and diagnostics).</summary>
    public int[] OutstandingRows()
    {
        lock (_gate)
        {
            return [.. _replicas.Select(r => r.OutstandingRows)];
        }
    }

    public Task<SegmentOutcome> InferAsync(string tenant, float[] features, int rows, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        var waiting = new Waiting(tenant, features, rows, deadline, cancellationToken);
        List<Call>? calls;
        lock (_gate)
        {
            _waiting.Enqueue(waiting);
            calls = Dispatch();
        }

        Send(calls);
        if (cancellationToken.CanBeCanceled && !waiting.Completion.Task.IsCompleted)
        {
            // A caller that gives up while waiting for a replica is answered at once; Dispatch skips it later.
            var registration = cancellationToken.Register(
                static state => ((Waiting)state!).Completion.TrySetCanceled(((Waiting)state!).CancellationToken), waiting);
            waiting.Completion.Task.ContinueWith(
                _ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return waiting.Completion.Task;
    }

    /// <summary>Groups waiting requests into calls for replicas with room. Caller holds the lock.</summary>
    private List<Call>? Dispatch()
    {
        List<Call>? calls = null;
        while (_waiting.Count > 0)
        {
            var replica = LeastLoadedWithRoom();
            if (replica is null)
            {
                break;
            }

            var group = new List<Waiting>();
            var rows = 0;
            while (_waiting.TryPeek(out var next) && (group.Count == 0 || rows + next.Rows <= _maxRowsPerCall))
            {
                _waiting.Dequeue();
                if (next.CancellationToken.IsCancellationRequested)
                {
                    // Cancelled before it left the front-end: it never reaches a grain.
                    next.Completion.TrySetCanceled(next.CancellationToken);
                    continue;
                }

                group.Add(next);
                rows += next.Rows;
            }

            if (group.Count == 0)
            {
                continue;
            }

            replica.CallsInFlight++;
            replica.OutstandingRows += rows;
            (calls ??= []).Add(new Call(replica, group, rows));
        }

        return calls;
    }

    private Replica? LeastLoadedWithRoom()
    {
        Replica? best = null;
        foreach (var replica in _replicas)
        {
            if (replica.CallsInFlight < _maxCallsPerReplica && (best is null || replica.OutstandingRows < best.OutstandingRows))
            {
                best = replica;
            }
        }

        return best;
    }

    private void Send(List<Call>? calls)
    {
        if (calls is null)
        {
            return;
        }

        foreach (var call in calls)
        {
            _ = SendAsync(call);
        }
    }

    private async Task SendAsync(Call call)
    {
        var width = _model.FeatureCount;
        try
        {
            InferenceRequest request;
            CancellationToken cancellationToken;
            if (call.Group.Count == 1)
            {
                var only = call.Group[0];
                request = InferenceRequest.Single(only.Features, only.Rows, only.Tenant, only.Deadline);

                // A call that serves one client request can carry its cancellation to the grain.
                cancellationToken = only.CancellationToken;
            }
            else
            {
                var features = new float[call.Rows * width];
                var segments = new RowSegment[call.Group.Count];
                var offset = 0;
                for (var i = 0; i < call.Group.Count; i++)
                {
                    var waiting = call.Group[i];
                    waiting.Features.CopyTo(features, offset * width);
                    segments[i] = new RowSegment(waiting.Tenant, waiting.Rows, waiting.Deadline);
                    offset += waiting.Rows;
                }

                request = new InferenceRequest(features, call.Rows, segments);
                cancellationToken = CancellationToken.None;
            }

            var result = await call.Replica.Grain.InferAsync(request, cancellationToken);
            var row = 0;
            for (var i = 0; i < call.Group.Count; i++)
            {
                var waiting = call.Group[i];
                var rejection = result.SegmentErrors?[i];
                // A call of one request hands its result over as it is; a coalesced one is cut into each request's rows.
                var probabilities = call.Group.Count == 1
                    ? result.Probabilities
                    : result.Probabilities.AsSpan(row * result.Classes, waiting.Rows * result.Classes).ToArray();
                waiting.Completion.TrySetResult(rejection is null
                    ? new SegmentOutcome(probabilities, result.Classes, null)
                    : new SegmentOutcome([], result.Classes, rejection));
                row += waiting.Rows;
            }
        }
        catch (Exception ex)
        {
            foreach (var waiting in call.Group)
            {
                waiting.Completion.TrySetException(ex);
            }
        }
        finally
        {
            List<Call>? next;
            lock (_gate)
            {
                call.Replica.CallsInFlight--;
                call.Replica.OutstandingRows -= call.Rows;
                next = Dispatch();
            }

            Send(next);
        }
    }

    private sealed class Replica(IModelGrain grain)
    {
        public IModelGrain Grain { get; } = grain;

        public int CallsInFlight { get; set; }

        public int OutstandingRows { get; set; }
    }

    private sealed record Waiting(string Tenant, float[] Features, int Rows, DateTimeOffset? Deadline, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<SegmentOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record Call(Replica Replica, List<Waiting> Group, int Rows);
}
