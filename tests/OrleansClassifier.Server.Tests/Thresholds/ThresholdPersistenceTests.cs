using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Server.Tests.Thresholds;

public sealed class ThresholdPersistenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restart_PolicyAndPendingScoresSurvive_GracefulStopFlushes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"oc-restart-{Guid.NewGuid():N}.db");
        const string tenant = "e2e-restart";
        try
        {
            await using (var first = new ThresholdServerFixture(path))
            {
                await first.InitializeAsync();
                var client = new Contracts.V1.Thresholds.ThresholdsClient(first.Channel);
                await client.SetPolicyAsync(
                    new SetPolicyRequest { Model = "breast-cancer", Policy = "fixed", Parameters = { ["threshold"] = 0.33 } },
                    ServerFixture.TenantHeaders(tenant), cancellationToken: Ct);

                // Fewer scores than a flush batch: they are still pending when the host stops.
                var request = new ClassifyRequest { RequestId = "r", Model = "breast-cancer" };
                foreach (var row in SampleData.BreastCancer().Take(10))
                {
                    var instance = new Instance();
                    instance.Features.AddRange(row.Features);
                    request.Instances.Add(instance);
                }

                await first.Client.ClassifyAsync(request, ServerFixture.TenantHeaders(tenant), cancellationToken: Ct);
            }

            await using var second = new ThresholdServerFixture(path);
            await second.InitializeAsync();
            var info = await new Contracts.V1.Thresholds.ThresholdsClient(second.Channel).GetThresholdAsync(
                new GetThresholdRequest { Model = "breast-cancer", HistoryLimit = 10 }, ServerFixture.TenantHeaders(tenant), cancellationToken: Ct);
            Assert.Equal("fixed", info.Policy);
            Assert.Equal(0.33f, info.Threshold);
            Assert.Equal(10, info.ScoredObservations);
            Assert.NotEmpty(info.History);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
