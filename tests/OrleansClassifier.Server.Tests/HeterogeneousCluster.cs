using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.TestingHost;
using OrleansClassifier.Grains;
using OrleansClassifier.Grains.Placement;
using OrleansClassifier.Inference;
using OrleansClassifier.Server.Dispatch;
using OrleansClassifier.Server.Grpc;
using OrleansClassifier.Server.Hosting;
using OrleansClassifier.Tests.Shared;

namespace OrleansClassifier.Server.Tests;

/// <summary>
/// A real in-process Orleans cluster of a front-end-only silo (Silo_0) and accelerator silos (every
/// other silo, including those started later), all serving the demo repository.
/// </summary>
public sealed class HeterogeneousCluster : IAsyncDisposable
{
    /// <summary>The first silo of an in-process test cluster (silos are named Silo_0, Silo_1, ...): the only front-end-only one here.</summary>
    private const string FrontEndSiloName = "Silo_0";

    private HeterogeneousCluster()
    {
    }

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public ModelCatalog Catalog { get; } = ModelRepositoryScanner.Scan(TestPaths.DemoModelRepository, NullLogger.Instance);

    public System.Collections.Concurrent.ConcurrentDictionary<string, bool> Roles { get; } = new();

    public InProcessSiloHandle FrontEnd => Cluster.Silos.Single(s => s.Name == FrontEndSiloName);

    public IEnumerable<InProcessSiloHandle> Accelerators => Cluster.Silos.Where(s => s.Name != FrontEndSiloName);

    /// <summary>Model grain calls received by every silo, as grain keys, in arrival order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> InferCalls { get; } = new();

    public static async Task<HeterogeneousCluster> StartAsync()
    {
        var cluster = new HeterogeneousCluster();
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((options, silo) =>
        {
            // Silos may be created concurrently: the role goes by name, not by creation order.
            var accelerator = options.SiloName != FrontEndSiloName;
            cluster.Roles[options.SiloName] = accelerator;
            silo.Services.AddSingleton(cluster.Catalog);
            silo.Services.AddOptions<InferenceOptions>().Configure(o =>
            {
                o.ExecutionProvider = ExecutionProvider.Cpu;
                o.IntraOpThreads = 1;
            });
            silo.Services.AddSingleton<ModelSessionFactory>();
            silo.Services.AddOptions<BatchingOptions>();
            silo.Services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
            silo.AddModelGrains(new Dictionary<string, string> { [AcceleratorMetadata.Key] = accelerator ? AcceleratorMetadata.Enabled : "false" });
            silo.AddIncomingGrainCallFilter(async context =>
            {
                if (context.InterfaceMethod?.Name == nameof(Abstractions.IModelGrain.InferAsync))
                {
                    cluster.InferCalls.Enqueue(context.TargetId.Key.ToString()!);
                }

                await context.Invoke();
            });
        });
        builder.ConfigureHost(host => host.Logging.SetMinimumLevel(LogLevel.Warning));
        cluster.Cluster = builder.Build();
        await cluster.Cluster.DeployAsync();
        if (!cluster.Roles.TryGetValue(FrontEndSiloName, out var frontEndIsAccelerator) || frontEndIsAccelerator || cluster.Roles.Count != 2)
        {
            throw new InvalidOperationException($"Unexpected silo names: {string.Join(", ", cluster.Roles.Keys)}.");
        }

        return cluster;
    }

    public IGrainFactory GrainFactoryOf(InProcessSiloHandle silo) => silo.ServiceProvider.GetRequiredService<IGrainFactory>();

    /// <summary>The front-end's real classification pipeline, running on the given silo.</summary>
    internal ClassificationPipeline PipelineOn(InProcessSiloHandle silo) => PipelineOn(silo, DispatcherOn(silo, new BatchingOptions()));

    internal InferenceDispatcher DispatcherOn(InProcessSiloHandle silo, BatchingOptions batching) =>
        new(GrainFactoryOf(silo), Options.Create(batching), Options.Create(new ClassifierOptions()));

    internal ClassificationPipeline PipelineOn(InProcessSiloHandle silo, InferenceDispatcher dispatcher)
    {
        var options = Options.Create(new ClassifierOptions());
        return new ClassificationPipeline(
            Catalog,
            dispatcher,
            new DefaultDecisionParametersSource(),
            new UnrecordedPredictions(),
            options,
            Options.Create(new BatchingOptions()),
            TimeProvider.System,
            NullLogger<ClassificationPipeline>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

/// <summary>Placement and dispatch tests keep no threshold statistics: predictions get an id and nothing more.</summary>
internal sealed class UnrecordedPredictions : OrleansClassifier.Server.Thresholds.IPredictionRecorder
{
    private long _next;

    public string Record(string tenant, ModelDescriptor model, string instanceId, in OrleansClassifier.Decisions.Decision decision) =>
        $"unrecorded-{Interlocked.Increment(ref _next)}";
}
