using Grpc.Core;
using OrleansClassifier.Abstractions;

namespace OrleansClassifier.Server.Tests;

public sealed class AcceleratorPlacementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ModelGrains_CalledFromEitherSilo_AllActivateOnTheAcceleratorSilo()
    {
        await using var cluster = await HeterogeneousCluster.StartAsync();
        var accelerator = cluster.Accelerators.Single().SiloAddress.ToString();

        foreach (var silo in cluster.Cluster.Silos)
        {
            var grains = cluster.GrainFactoryOf(silo);
            for (var replica = 0; replica < 4; replica++)
            {
                var key = new ModelGrainKey(silo == cluster.FrontEnd ? "breast-cancer" : "gaussian-3class", 1, replica).ToString();
                var info = await grains.GetGrain<IModelGrain>(key).GetRuntimeInfoAsync();
                Assert.Equal(accelerator, info.Silo);
            }
        }
    }

    [Fact]
    public async Task Classify_AcceleratorSiloKilled_UnavailableThenANewOneRestoresService()
    {
        await using var cluster = await HeterogeneousCluster.StartAsync();
        var pipeline = cluster.PipelineOn(cluster.FrontEnd);
        var request = ClassifyTests.Request("breast-cancer", SampleData.BreastCancer()[0].Features);
        Assert.Single((await pipeline.ClassifyAsync("t", request, null, Ct)).Predictions);

        await cluster.Cluster.KillSiloAsync(cluster.Accelerators.Single());

        var ex = await ClassifyUntilRefused(pipeline, request);
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.Contains("No accelerator silo is up", ex.Status.Detail, StringComparison.Ordinal);

        await cluster.Cluster.StartAdditionalSiloAsync();
        var restored = await ClassifyWhenServing(pipeline, request);
        Assert.Single(restored.Predictions);
    }

    /// <summary>
    /// Right after the kill, a call may still reach the dead activation (and succeed while the killed in-process
    /// silo winds down, or time out) until membership declares the silo dead; the answer the test waits for is
    /// the one given from then on. Bounded: the test fails if no refusal comes within a minute.
    /// </summary>
    private static async Task<RpcException> ClassifyUntilRefused(Grpc.ClassificationPipeline pipeline, Contracts.V1.ClassifyRequest request)
    {
        var until = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (TimeProvider.System.GetUtcNow() < until)
        {
            try
            {
                await pipeline.ClassifyAsync("t", request, null, Ct);
            }
            catch (RpcException ex) when (ex.StatusCode != StatusCode.Internal)
            {
                return ex;
            }
            catch (RpcException)
            {
                // A timeout or a dead-silo rejection of the stale activation: ask again.
            }

            await Task.Delay(20, Ct);
        }

        throw new TimeoutException("No call was refused within a minute of killing the only accelerator silo.");
    }

    private static async Task<Contracts.V1.ClassifyResponse> ClassifyWhenServing(Grpc.ClassificationPipeline pipeline, Contracts.V1.ClassifyRequest request)
    {
        var until = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (true)
        {
            try
            {
                return await pipeline.ClassifyAsync("t", request, null, Ct);
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.Internal && TimeProvider.System.GetUtcNow() < until)
            {
                // The new silo's metadata reaches the front-end's cache shortly after it joins.
                await Task.Delay(50, Ct);
            }
        }
    }
}
