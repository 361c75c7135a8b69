using Orleans.Placement;

namespace OrleansClassifier.Grains.Placement;

/// <summary>Keeps only silos whose metadata marks an accelerator (see <see cref="AcceleratorMetadata"/>).</summary>
internal sealed class AcceleratorPlacementFilterStrategy() : PlacementFilterStrategy(order: 0);
