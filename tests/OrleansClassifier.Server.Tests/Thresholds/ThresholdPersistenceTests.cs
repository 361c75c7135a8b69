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

            // The tenant's first prediction after the restart already uses its persisted policy, not the default.
            var firstAfterRestart = await second.Client.ClassifyAsync(
                ClassifyTests.Request("breast-cancer", SampleData.BreastCancer()[0].Features), ServerFixture.TenantHeaders(tenant), cancellationToken: Ct);
            Assert.Equal("fixed", firstAfterRestart.Predictions[0].Policy);
            Assert.Equal(0.33f, firstAfterRestart.Predictions[0].Threshold);
            Assert.True(firstAfterRestart.Predictions[0].ThresholdVersion > 0);

            var info = await new Contracts.V1.Thresholds.ThresholdsClient(second.Channel).GetThresholdAsync(
                new GetThresholdRequest { Model = "breast-cancer", HistoryLimit = 10 }, ServerFixture.TenantHeaders(tenant), cancellationToken: Ct);
            Assert.Equal("fixed", info.Policy);
            Assert.Equal(0.33f, info.Threshold);
            // The 10 pending at the stop were flushed and persisted; the restarted front-end's one new score may or
            // may not have been flushed yet (its timer runs on wall time).
            Assert.InRange(info.ScoredObservations, 10, 11);
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
