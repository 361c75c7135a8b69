using Grpc.Core;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Server.Tests;

/// <summary>The host with a small queue bound: a request that could never be queued is a bad request, not overload.</summary>
public sealed class SmallQueueServerFixture : ServerFixture
{
    protected override IEnumerable<string> ExtraArguments =>
        ["--Classifier:Batching:MaxBatchRows=32", "--Classifier:Batching:QueueBoundRows=64"];
}

public sealed class QueueBoundTests(SmallQueueServerFixture server) : IClassFixture<SmallQueueServerFixture>
{
    [Fact]
    public async Task Classify_MoreInstancesThanTheQueueBound_InvalidArgumentNamingTheBound()
    {
        var row = SampleData.BreastCancer()[0].Features;
        var request = new ClassifyRequest { RequestId = "too-big", Model = "breast-cancer" };
        for (var i = 0; i < 65; i++)
        {
            var instance = new Instance();
            instance.Features.AddRange(row);
            request.Instances.Add(instance);
        }

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await server.Client.ClassifyAsync(request, ServerFixture.TenantHeaders(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("queues at most 64 rows", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_RequestSplitAcrossBatches_AnswersEveryInstanceInOrder()
    {
        var rows = SampleData.BreastCancer().Take(64).ToList();
        var request = new ClassifyRequest { RequestId = "split", Model = "breast-cancer" };
        foreach (var row in rows)
        {
            var instance = new Instance { InstanceId = row.Id };
            instance.Features.AddRange(row.Features);
            request.Instances.Add(instance);
        }

        var response = await server.Client.ClassifyAsync(request, ServerFixture.TenantHeaders(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(rows.Select(r => r.Id), response.Predictions.Select(p => p.InstanceId));
        var single = await server.Client.ClassifyAsync(
            ClassifyTests.Request("breast-cancer", rows[50].Features), ServerFixture.TenantHeaders(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(single.Predictions[0].Score, response.Predictions[50].Score);
    }
}
