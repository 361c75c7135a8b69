using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Placement;
using Orleans.Runtime.MembershipService.SiloMetadata;
using OrleansClassifier.Grains.Batching;
using OrleansClassifier.Grains.Placement;

namespace OrleansClassifier.Grains;

/// <summary>Registers what the model grains need in a silo.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>
    /// Adds the accelerator placement filter and the batcher's metrics. Every silo of a cluster needs the filter
    /// (any silo may decide where a model grain goes); only silos with <c>accelerator=true</c> metadata host them.
    /// </summary>
    /// <param name="builder">The silo.</param>
    /// <param name="metadata">This silo's metadata; null reads it from configuration (<c>Orleans:Metadata</c>).</param>
    public static ISiloBuilder AddModelGrains(this ISiloBuilder builder, Dictionary<string, string>? metadata = null)
    {
        if (metadata is null)
        {
            builder.UseSiloMetadata();
        }
        else
        {
            builder.UseSiloMetadata(metadata);
        }

        builder.Services.AddPlacementFilter<AcceleratorPlacementFilterStrategy, AcceleratorPlacementFilterDirector>(ServiceLifetime.Singleton);
        builder.Services.TryAddSingleton<BatchingInstruments>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
