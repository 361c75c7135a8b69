using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrleansClassifier.Abstractions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Grains.Tests;

public sealed class ModelGrainTests(ModelClusterFixture fixture) : IClassFixture<ModelClusterFixture>
{
    private static float[] Rows(int rows, int width, int seed) =>
        Enumerable.Range(0, rows * width).Select(i => (float)(((i * 7919) + seed) % 101) / 10f).ToArray();

    [Fact]
    public async Task InferAsync_Rows_MatchADirectSessionRowForRow()
    {
        var grain = fixture.Cluster.Client.GetGrain<IModelGrain>("breast-cancer/1/0");
        var features = Rows(5, 30, 3);

        var result = await grain.InferAsync(InferenceRequest.Single(features, 5, "t1"), TestContext.Current.CancellationToken);

        fixture.Catalog.TryGetByKey("breast-cancer/1", out var descriptor);
        using var direct = new ModelSessionFactory(Options.Create(new InferenceOptions { ExecutionProvider = ExecutionProvider.Cpu }), NullLogger<ModelSessionFactory>.Instance)
            .Create(descriptor!);
        Assert.Equal(5, result.Rows);
        Assert.Equal(2, result.Classes);
        Assert.Equal(direct.Run(features, 5), result.Probabilities);
    }

    [Fact]
    public async Task GetRuntimeInfoAsync_CpuProvider_ReportsShapeAndSilo()
    {
        var info = await fixture.Cluster.Client.GetGrain<IModelGrain>("gaussian-3class/1/0").GetRuntimeInfoAsync();

        Assert.Equal("gaussian-3class/1/0", info.ModelKey);
        Assert.Equal("CPU", info.Provider);
        Assert.Equal(3, info.Classes);
        Assert.Contains(info.Silo, fixture.Cluster.Silos.Select(s => s.SiloAddress.ToString()));
    }

    [Fact]
    public async Task InferAsync_ConcurrentCalls_EachGetsItsOwnRowsBack()
    {
        var grain = fixture.Cluster.Client.GetGrain<IModelGrain>("breast-cancer/1/0");
        var single = new Dictionary<int, float>();
        for (var i = 0; i < 8; i++)
        {
            var one = await grain.InferAsync(InferenceRequest.Single(Rows(1, 30, i), 1, "t"), TestContext.Current.CancellationToken);
            single[i] = one.Probabilities[1];
        }

        var calls = Enumerable.Range(0, 64).Select(async n =>
        {
            var seed = n % 8;
            var result = await grain.InferAsync(InferenceRequest.Single(Rows(1, 30, seed), 1, $"tenant-{n % 3}"), TestContext.Current.CancellationToken);
            return (seed, p: result.Probabilities[1]);
        });

        foreach (var (seed, p) in await Task.WhenAll(calls))
        {
            Assert.Equal(single[seed], p);
        }
    }

    [Fact]
    public async Task InferAsync_WrongRowWidth_ArgumentExceptionNamingShape()
    {
        var grain = fixture.Cluster.Client.GetGrain<IModelGrain>("breast-cancer/1/0");

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            grain.InferAsync(new InferenceRequest(new float[29], 1, [new RowSegment("t", 1, null)]), TestContext.Current.CancellationToken));

        Assert.Contains("expects rows of 30 features", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InferAsync_CancelledBeforeCall_NeverRuns()
    {
        var grain = fixture.Cluster.Client.GetGrain<IModelGrain>("breast-cancer/1/0");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<Exception>(() =>
            grain.InferAsync(InferenceRequest.Single(new float[30], 1, "t"), cts.Token));
    }

    [Fact]
    public async Task InferAsync_UnknownModelKey_ActivationFailsNamingKey()
    {
        var grain = fixture.Cluster.Client.GetGrain<IModelGrain>("no-such-model/1/0");

        var ex = await Assert.ThrowsAnyAsync<Exception>(() =>
            grain.InferAsync(InferenceRequest.Single(new float[30], 1, "t"), TestContext.Current.CancellationToken));

        Assert.Contains("no-such-model/1/0", ex.ToString(), StringComparison.Ordinal);
    }
}
