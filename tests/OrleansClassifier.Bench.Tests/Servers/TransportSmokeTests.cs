using Microsoft.AspNetCore.Builder;
using OrleansClassifier.Bench.Cli;
using OrleansClassifier.Bench.Load;
using OrleansClassifier.Bench.Servers;
using OrleansClassifier.Inference;
using OrleansClassifier.Tests.Shared;

namespace OrleansClassifier.Bench.Tests.Servers;

/// <summary>The transport server on a free loopback port, loaded for real over gRPC (about two seconds in all).</summary>
public sealed class TransportSmokeTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private Uri _address = null!;

    public async ValueTask InitializeAsync()
    {
        _app = ServeHost.Build(BenchDefaults.TransportTarget, 0, TestPaths.DemoModelRepository, ExecutionProvider.Cpu);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _address = ServeHost.AddressOf(_app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task ClosedAndOpenLoop_OverRealGrpc_MeasureWithoutErrors()
    {
        using var channel = LoadRunner.CreateChannel(_address);
        var requests = new RequestFactory("breast-cancer", 30, instancesPerRequest: 4, returnProbabilities: true, seed: 1);
        var timing = new LoadTiming(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        string[] tenants = ["t0", "t1"];
        var ct = TestContext.Current.CancellationToken;

        var closed = await LoadRunner.RunAsync(channel, "transport", requests, LoadLevel.Closed(2, 4), timing, tenants, 1, null, ct);
        Assert.Equal(0, closed.ErrorCount);
        Assert.True(closed.Requests > 50, $"{closed.Requests} requests");
        Assert.Equal(4 * closed.RequestsPerSecond, closed.RowsPerSecond, 6);
        Assert.True(closed.Latency.P50Ms > 0 && closed.Latency.P50Ms <= closed.Latency.P99Ms);

        var open = await LoadRunner.RunAsync(channel, "transport", requests, LoadLevel.OpenAt(400, 2, ArrivalKind.Poisson), timing, tenants, 1, null, ct);
        Assert.Equal(0, open.ErrorCount);
        Assert.Equal(400, open.OfferedRequestsPerSecond);
        Assert.InRange(open.Latency.Count, 100, 320);
        Assert.NotNull(open.SendLag);
    }

    [Fact]
    public async Task UnknownModel_CountedAsNotFound()
    {
        using var channel = LoadRunner.CreateChannel(_address);
        var requests = new RequestFactory("no-such-model", 30, 1, false, 1);
        var timing = new LoadTiming(TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1));
        var result = await LoadRunner.RunAsync(channel, "transport", requests, LoadLevel.Closed(1, 2), timing, ["t"], 1, null, TestContext.Current.CancellationToken);
        Assert.Equal(0, result.Requests);
        Assert.True(result.Errors["NOT_FOUND"] > 0);
    }

    [Fact]
    public async Task App_ModelMissingOnTarget_OneLineAndExit2()
    {
        var (code, output, error) = await RunAppAsync(
            "--target", _address.ToString(), "--targets", "service", "--models", "nope", "--out", Path.Combine(Path.GetTempPath(), "oc-bench-test-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, code);
        var last = error.Trim().Split('\n')[^1];
        Assert.StartsWith("error: model 'nope' does not exist on the service server", last, StringComparison.Ordinal);
        Assert.Contains("breast-cancer", last, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task App_UnreachableTarget_OneLineAndExit2()
    {
        var port = Ports.FreeLoopbackPort();
        var (code, _, error) = await RunAppAsync("--target", $"http://127.0.0.1:{port}", "--targets", "service", "--out", Path.Combine(Path.GetTempPath(), "oc-bench-test-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, code);
        Assert.StartsWith($"error: cannot reach the service at http://127.0.0.1:{port}/", error.Trim().Split('\n')[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_BadFlag_OneLineAndExit2()
    {
        var (code, output, error) = await RunAppAsync("--closed", "lots");
        Assert.Equal(2, code);
        Assert.Equal("error: --closed: 'lots' is not NxK (N streams 1..1024, K in flight 1..4096), e.g. 4x16.", error.Trim());
        Assert.Empty(output);
    }

    private static async Task<(int Code, string Output, string Error)> RunAppAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BenchApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
