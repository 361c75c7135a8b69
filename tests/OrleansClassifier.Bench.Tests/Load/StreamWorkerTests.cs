using System.Diagnostics;
using Grpc.Core;
using OrleansClassifier.Bench.Load;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Bench.Tests.Load;

public class StreamWorkerTests
{
    private static readonly RequestFactory Requests = new("m", featureCount: 3, instancesPerRequest: 2, returnProbabilities: false, seed: 1);

    [Fact]
    public async Task OpenLoop_StalledResponse_LaterRequestsCountFromIntendedTime()
    {
        // 100 req/s uniform for 0.6 s, at most one request outstanding; request 3's answer stalls for 300 ms.
        // The requests meant to leave during the stall cannot: each is sent late, and its latency must include
        // that wait (coordinated omission would measure it from the late send and report it as fast).
        var stall = TimeSpan.FromMilliseconds(300);
        long releasedAt = 0;
        var stream = new FakeRequestStream(async request =>
        {
            if (request.RequestId == "3")
            {
                await Task.Delay(stall);
                Interlocked.Exchange(ref releasedAt, Stopwatch.GetTimestamp());
            }

            return FakeRequestStream.Ok(request);
        });
        var window = LoadWindow.From(TimeProvider.System, TimeSpan.Zero, TimeSpan.FromMilliseconds(600), TimeSpan.FromSeconds(2));
        var worker = new StreamWorker(stream, Requests, window, TimeProvider.System, trace: true);

        await worker.RunOpenAsync(ArrivalSchedule.Uniform(100), maxOutstanding: 1, TestContext.Current.CancellationToken);

        var traces = worker.Trace!.OrderBy(t => t.Intended).ToArray();
        Assert.Equal(60, traces.Length);
        // Intended times follow the schedule exactly, stall or not: start + i × 10 ms.
        for (var i = 0; i < traces.Length; i++)
        {
            Assert.Equal(window.AtOffset(i / 100.0), traces[i].Intended);
        }

        var release = Interlocked.Read(ref releasedAt);
        Assert.NotEqual(0, release);
        // Every request meant to leave while request 3 was stalled left only after the release (the bound is one)...
        var held = traces.Where(t => t.Intended > traces[2].Intended && t.Intended < release).ToArray();
        Assert.True(held.Length >= 20, $"only {held.Length} requests were held by the stall");
        Assert.All(held, t => Assert.True(t.Sent >= release));
        // ...and the latency recorded for it counts from its intended time, so it includes the wait.
        var stats = worker.Stats;
        Assert.Equal(60, stats.Latency.Count);
        Assert.Equal(0, stats.ErrorCount);
        var heldFor = TimeSpan.FromSeconds((release - held[0].Intended) / (double)Stopwatch.Frequency);
        Assert.True(stats.Latency.Max >= heldFor.TotalMicroseconds * 0.99, $"max {stats.Latency.Max} µs, held {heldFor.TotalMicroseconds} µs");
        // Measured from the actual send instead, the held requests would all look fast: their send lag is the gap.
        Assert.True(stats.SendLag.Max >= (release - held[^1].Intended) * 1_000_000.0 / Stopwatch.Frequency * 0.99);
        // Over a fifth of the requests waited behind the stall: p90 shows it, where send-to-answer would not.
        Assert.True(stats.Latency.Percentile(90) >= 100_000, $"p90 {stats.Latency.Percentile(90)} µs");
    }

    [Fact]
    public async Task ClosedLoop_KeepsKInFlight_CountsRowsAndErrorResults()
    {
        var stream = new FakeRequestStream(async request =>
        {
            await Task.Delay(2);
            return long.Parse(request.RequestId, System.Globalization.CultureInfo.InvariantCulture) % 10 == 0
                ? new ClassifyStreamResponse
                {
                    RequestId = request.RequestId,
                    Error = new ErrorResult { Code = (int)StatusCode.ResourceExhausted, CodeName = "RESOURCE_EXHAUSTED", Message = "full" },
                }
                : FakeRequestStream.Ok(request);
        });
        var window = LoadWindow.From(TimeProvider.System, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(2));
        var worker = new StreamWorker(stream, Requests, window, TimeProvider.System);

        await worker.RunClosedAsync(inFlight: 4, TestContext.Current.CancellationToken);

        Assert.Equal(4, stream.MaxOutstanding);
        var stats = worker.Stats;
        Assert.True(stats.CompletedInWindow > 20, $"{stats.CompletedInWindow} completed");
        Assert.Equal(2 * stats.CompletedInWindow, stats.RowsInWindow);
        Assert.True(stats.Errors["RESOURCE_EXHAUSTED"] > 0);
        Assert.Equal(["RESOURCE_EXHAUSTED"], stats.Errors.Keys);
        // Warm-up excluded: fewer counted than sent.
        Assert.True(stats.Latency.Count + stats.ErrorCount < stats.Sent);
        Assert.True(stats.Latency.Percentile(50) >= 2000);
    }

    [Fact]
    public async Task OpenLoop_AnswersThatNeverCome_CountAsUnfinished()
    {
        var stream = new FakeRequestStream(async request =>
        {
            if (request.RequestId == "2")
            {
                await Task.Delay(Timeout.Infinite, TestContext.Current.CancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return FakeRequestStream.Ok(request);
        });
        var window = LoadWindow.From(TimeProvider.System, TimeSpan.Zero, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(150));
        var worker = new StreamWorker(stream, Requests, window, TimeProvider.System);

        await worker.RunOpenAsync(ArrivalSchedule.Uniform(100), maxOutstanding: 100, TestContext.Current.CancellationToken);

        Assert.Equal(1, worker.Stats.Errors[StreamWorker.Unfinished]);
        Assert.Equal(9, worker.Stats.Latency.Count);
    }
}
