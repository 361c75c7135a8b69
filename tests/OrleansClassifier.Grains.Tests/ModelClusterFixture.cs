using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;
using OrleansClassifier.Grains.Placement;
using OrleansClassifier.Inference;
using OrleansClassifier.Tests.Shared;

namespace OrleansClassifier.Grains.Tests;

/// <summary>A real in-process Orleans cluster whose silos serve the demo model repository on the CPU provider.</summary>
public sealed class ModelClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public ModelCatalog Catalog { get; } = ModelRepositoryScanner.Scan(TestPaths.DemoModelRepository, NullLogger.Instance);

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton(Catalog);
            silo.Services.AddOptions<InferenceOptions>().Configure(o =>
            {
                o.ExecutionProvider = ExecutionProvider.Cpu;
                o.IntraOpThreads = 1;
            });
            silo.Services.AddSingleton<ModelSessionFactory>();
            silo.Services.AddOptions<BatchingOptions>();
            silo.AddModelGrains(new Dictionary<string, string> { [AcceleratorMetadata.Key] = AcceleratorMetadata.Enabled });
        });
        builder.ConfigureHost(host => host.Logging.SetMinimumLevel(LogLevel.Warning));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
