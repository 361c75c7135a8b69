using Grpc.Net.Client;
using OrleansClassifier.Bench.Reporting;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Bench.Load;

/// <summary>Runs one load level: its streams (tenants in turn), merged into one result.</summary>
internal static class LoadRunner
{
    /// <summary>A channel that may open several HTTP/2 connections, with no message size limits of its own.</summary>
    public static GrpcChannel CreateChannel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        },
        MaxReceiveMessageSize = null,
        MaxSendMessageSize = null,
    });

    public static Task<LevelResult> RunAsync(
        GrpcChannel channel, string target, RequestFactory requests, LoadLevel level, LoadTiming timing,
        IReadOnlyList<string> tenants, int seed, LoadProgress? progress, CancellationToken cancellationToken)
    {
        var client = new Classifier.ClassifierClient(channel);
        return RunAsync(
            (stream, token) => GrpcRequestStream.Open(client, tenants[stream % tenants.Count], token),
            target, requests, level, timing, seed, TimeProvider.System, progress, cancellationToken);
    }

    /// <summary>Runs a level over streams from <paramref name="openStream"/> (a fake in tests).</summary>
    public static async Task<LevelResult> RunAsync(
        Func<int, CancellationToken, IRequestStream> openStream, string target, RequestFactory requests, LoadLevel level,
        LoadTiming timing, int seed, TimeProvider time, LoadProgress? progress, CancellationToken cancellationToken)
    {
        var workers = new StreamWorker[level.Streams];
        var streams = new IRequestStream[level.Streams];
        for (var i = 0; i < level.Streams; i++)
        {
            streams[i] = openStream(i, cancellationToken);
        }

        var window = LoadWindow.From(time, timing.Warmup, timing.Duration, timing.Drain);
        var runs = new Task[level.Streams];
        for (var i = 0; i < level.Streams; i++)
        {
            workers[i] = new StreamWorker(streams[i], requests, window, time, progress);
            runs[i] = level.Open
                ? workers[i].RunOpenAsync(ScheduleOf(level, i, seed), BenchDefaults.MaxOutstandingPerStream, cancellationToken)
                : workers[i].RunClosedAsync(level.InFlight, cancellationToken);
        }

        await Task.WhenAll(runs);
        cancellationToken.ThrowIfCancellationRequested();
        var total = new LoadStats();
        foreach (var worker in workers)
        {
            total.Merge(worker.Stats);
        }

        return LevelResult.From(target, requests.Model, level, requests.InstancesPerRequest, total, window.MeasuredSeconds);
    }

    /// <summary>
    /// Stream <paramref name="stream"/>'s share of an open-loop level: rate/N each. Uniform streams are phased
    /// by 1/rate so their sends interleave evenly; Poisson streams get their own seeds, and N independent
    /// Poisson processes of rate/N add up to one of the full rate.
    /// </summary>
    internal static ArrivalSchedule ScheduleOf(LoadLevel level, int stream, int seed) =>
        ArrivalSchedule.Create(level.Arrivals, level.Rate / level.Streams, seed + stream, stream / level.Rate);
}
