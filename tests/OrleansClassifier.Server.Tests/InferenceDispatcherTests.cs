using OrleansClassifier.Abstractions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Server.Tests;

/// <summary>The front-end's two-level batching: concurrent requests leave as few grain calls, spread over replicas.</summary>
public sealed class InferenceDispatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InferAsync_ManyConcurrentRequests_CoalescedIntoFewerGrainCallsWithEachRowItsOwnAnswer()
    {
        await using var cluster = await HeterogeneousCluster.StartAsync();
        var dispatcher = cluster.DispatcherOn(cluster.FrontEnd, new BatchingOptions { Replicas = 1 });
        cluster.Catalog.TryGetModel("breast-cancer", out var model);
        var rows = SampleData.BreastCancer();

        // Expected answers, one request at a time.
        var expected = new List<float>();
        foreach (var row in rows.Take(16))
        {
            expected.Add((await dispatcher.InferAsync(model!.DefaultVersion!, "t", row.Features, 1, null, Ct)).Probabilities[1]);
        }

        var callsBefore = cluster.InferCalls.Count;
        var concurrent = Enumerable.Range(0, 256)
            .Select(i => dispatcher.InferAsync(model!.DefaultVersion!, $"tenant-{i % 4}", rows[i % 16].Features, 1, null, Ct))
            .ToList();
        var outcomes = await Task.WhenAll(concurrent);

        var calls = cluster.InferCalls.Count - callsBefore;
        Assert.True(calls < 256 / 4, $"{calls} grain calls for 256 requests");
        for (var i = 0; i < outcomes.Length; i++)
        {
            Assert.Null(outcomes[i].Rejection);
            Assert.Equal(expected[i % 16], outcomes[i].Probabilities[1]);
        }
    }

    [Fact]
    public async Task InferAsync_ThreeReplicas_CallsSpreadOverAllOfThem()
    {
        await using var cluster = await HeterogeneousCluster.StartAsync();
        var dispatcher = cluster.DispatcherOn(cluster.FrontEnd, new BatchingOptions { Replicas = 3 });
        cluster.Catalog.TryGetModel("gaussian-3class", out var model);
        var descriptor = model!.DefaultVersion!;
        var features = SampleData.Gaussian()[0].Features;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 300)
            .Select(_ => dispatcher.InferAsync(descriptor, "t", features, 1, null, Ct)));

        Assert.All(outcomes, o => Assert.Equal(outcomes[0].Probabilities, o.Probabilities));
        var replicasUsed = cluster.InferCalls.Select(k => ModelGrainKey.TryParse(k, out var key) ? key.Replica : -1).Distinct().Order();
        Assert.Equal([0, 1, 2], replicasUsed);
        Assert.Equal([0, 0, 0], dispatcher.Lane(descriptor).OutstandingRows());
    }
}
