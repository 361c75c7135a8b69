using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Server.Thresholds;

namespace OrleansClassifier.Server.Tests.Thresholds;

public sealed class ThresholdsEndToEndTests(ThresholdServerFixture server) : IClassFixture<ThresholdServerFixture>
{
    private const string Model = "breast-cancer";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Contracts.V1.Thresholds.ThresholdsClient Thresholds => new(server.Channel);

    private async Task<ClassifyResponse> ClassifyAsync(string tenant, int count, int offset = 0)
    {
        var rows = SampleData.BreastCancer();
        var request = new ClassifyRequest { RequestId = "r", Model = Model };
        for (var i = 0; i < count; i++)
        {
            var row = rows[(offset + i) % rows.Count];
            var instance = new Instance { InstanceId = $"{row.Id}-{offset + i}" };
            instance.Features.AddRange(row.Features);
            request.Instances.Add(instance);
        }

        return await server.Client.ClassifyAsync(request, ServerFixture.TenantHeaders(tenant), cancellationToken: Ct);
    }

    [Fact]
    public async Task ReportOutcomes_AllNegative_ThresholdRisesInWatch_LaterPredictionsUseIt()
    {
        const string tenant = "e2e-move";
        using var watch = Thresholds.WatchThreshold(new WatchThresholdRequest { Model = Model }, ServerFixture.TenantHeaders(tenant), cancellationToken: Ct);
        Assert.True(await watch.ResponseStream.MoveNext(Ct));
        var initial = watch.ResponseStream.Current;
        Assert.Equal("imbalance_midpoint", initial.Policy);
        Assert.Equal(0.5f, initial.Threshold);

        var predictions = (await ClassifyAsync(tenant, 40)).Predictions;
        Assert.All(predictions, p => Assert.False(string.IsNullOrEmpty(p.PredictionId)));

        using (var report = Thresholds.ReportOutcomes(ServerFixture.TenantHeaders(tenant), cancellationToken: Ct))
        {
            foreach (var p in predictions)
            {
                await report.RequestStream.WriteAsync(new Outcome { PredictionId = p.PredictionId, Label = 0 }, Ct);
            }

            await report.RequestStream.WriteAsync(new Outcome { PredictionId = "not-an-id", Label = 0 }, Ct);
            await report.RequestStream.WriteAsync(new Outcome { Model = Model, InstanceId = predictions[0].InstanceId, Label = 0 }, Ct);
            await report.RequestStream.CompleteAsync();
            var response = await report;
            Assert.Equal(41, response.Accepted);
            Assert.Equal(0, response.AcceptedWithoutScore);
            Assert.Equal(1, response.Rejected);
            Assert.Equal(40, response.Rejections.Single().Index);
        }

        // No positives at all: the label rate is ~0, so the default policy raises the threshold.
        ThresholdEvent moved;
        do
        {
            Assert.True(await watch.ResponseStream.MoveNext(Ct));
            moved = watch.ResponseStream.Current;
        }
        while (moved.Threshold <= 0.5f);
        Assert.True(moved.Version > initial.Version);

        var info = await Thresholds.GetThresholdAsync(new GetThresholdRequest { Model = Model, HistoryLimit = 5 }, ServerFixture.TenantHeaders(tenant), cancellationToken: Ct);
        Assert.Equal("labels", info.RateSource);
        Assert.Equal(41, info.LabelledObservations);
        Assert.NotEmpty(info.History);
        Assert.True(info.Version >= moved.Version);

        var later = await ClassifyAsync(tenant, 3);
        Assert.All(later.Predictions, p =>
        {
            Assert.Equal(info.Version, p.ThresholdVersion);
            Assert.Equal(info.Threshold, p.Threshold);
            Assert.Equal("imbalance_midpoint", p.Policy);
        });
    }

    [Fact]
    public async Task SetPolicy_BadParameter_InvalidArgumentNamingField()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await Thresholds.SetPolicyAsync(
            new SetPolicyRequest { Model = Model, Policy = "fixed", Parameters = { ["threshold"] = 1.5 } },
            ServerFixture.TenantHeaders("e2e-bad"), cancellationToken: Ct));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("fixed.threshold", ex.Status.Detail, StringComparison.Ordinal);

        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await Thresholds.SetPolicyAsync(
            new SetPolicyRequest { Model = Model, Policy = "magic" }, ServerFixture.TenantHeaders("e2e-bad"), cancellationToken: Ct));
        Assert.Equal(StatusCode.InvalidArgument, unknown.StatusCode);
        Assert.Contains("policy must be one of", unknown.Status.Detail, StringComparison.Ordinal);

        var missing = await Assert.ThrowsAsync<RpcException>(async () => await Thresholds.GetThresholdAsync(
            new GetThresholdRequest { Model = "nope" }, ServerFixture.TenantHeaders("e2e-bad"), cancellationToken: Ct));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);

        var anonymous = await Assert.ThrowsAsync<RpcException>(async () => await Thresholds.GetThresholdAsync(
            new GetThresholdRequest { Model = Model }, cancellationToken: Ct));
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task SetPolicy_Fixed_AppliesToNextPredictions_OtherTenantUntouched()
    {
        var info = await Thresholds.SetPolicyAsync(
            new SetPolicyRequest { Model = Model, Policy = "fixed", Parameters = { ["threshold"] = 0.9 } },
            ServerFixture.TenantHeaders("e2e-fixed"), cancellationToken: Ct);
        Assert.Equal(0.9f, info.Threshold);

        var mine = await ClassifyAsync("e2e-fixed", 2);
        Assert.All(mine.Predictions, p => Assert.Equal(0.9f, p.Threshold));
        var other = await ClassifyAsync("e2e-other", 2);
        Assert.All(other.Predictions, p => Assert.NotEqual(0.9f, p.Threshold));
    }

    [Fact]
    public async Task Classify_ManyInstances_NoThresholdGrainCallPerRequest_OnlyBatchedFlushes()
    {
        const string tenant = "e2e-count";
        var aggregator = server.Services.GetRequiredService<ThresholdAggregator>();
        Assert.Equal(0, server.Calls.Total($"{tenant}/{Model}"));
        const int requests = 100;
        for (var i = 0; i < requests; i++)
        {
            await ClassifyAsync(tenant, 5, i * 5);
        }

        await aggregator.FlushAsync(tenant, Model);
        var info = await Thresholds.GetThresholdAsync(new GetThresholdRequest { Model = Model }, ServerFixture.TenantHeaders(tenant), cancellationToken: Ct);

        Assert.Equal(requests * 5, info.ScoredObservations);
        // 500 scores in batches of at most 64: at least 8 flushes; the 1 s timer may add some (more on a slow
        // machine), never one per request. Calls are counted for this tenant's grain only.
        var key = $"{tenant}/{Model}";
        Assert.InRange(server.Calls.Count(key, "RecordAsync"), 8, requests / 3);
        Assert.Equal(1, server.Calls.Count(key, "SubscribeAsync"));
        Assert.True(server.Calls.Total(key) < requests / 3, $"{server.Calls.Total(key)} threshold-grain calls for {requests} requests");
    }
}
