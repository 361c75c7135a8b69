using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using OrleansClassifier.Grains.Storage;
using OrleansClassifier.Grains.Thresholds;

namespace OrleansClassifier.Grains.Tests.Thresholds;

/// <summary>
/// Two real silos (two front-ends) in one in-process cluster; threshold grains persist to a temporary SQLite file
/// and read a fake clock. A small minimum-observation count and a large step keep the tests short.
/// </summary>
public sealed class ThresholdClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"oc-thresholds-{Guid.NewGuid():N}.db");

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.Services.AddSqliteGrainStorage(TenantThresholdOptions.StorageName, o => o.DatabasePath = DatabasePath);
            silo.Services.AddOptions<TenantThresholdOptions>().Configure(o =>
            {
                o.MinimumObservations = 20;
                o.MaximumStep = 0.5;
            });
        });
        builder.ConfigureHost(host => host.Logging.SetMinimumLevel(LogLevel.Warning));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
