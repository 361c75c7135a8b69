using Orleans.Placement;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Runtime.Placement;

namespace OrleansClassifier.Grains.Placement;

/// <summary>Filters placement candidates down to the silos whose metadata says <c>accelerator=true</c>.</summary>
internal sealed class AcceleratorPlacementFilterDirector(ISiloMetadataCache metadata) : IPlacementFilterDirector
{
    public IEnumerable<SiloAddress> Filter(PlacementFilterStrategy filterStrategy, PlacementTarget target, IEnumerable<SiloAddress> silos) =>
        silos.Where(silo => metadata.GetSiloMetadata(silo).Metadata.TryGetValue(AcceleratorMetadata.Key, out var value)
            && string.Equals(value, AcceleratorMetadata.Enabled, StringComparison.OrdinalIgnoreCase));
}
