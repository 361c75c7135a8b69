using Orleans.Placement;

namespace OrleansClassifier.Grains.Placement;

/// <summary>
/// Places the grain only on silos whose metadata marks an accelerator, whichever silo decides. (Orleans'
/// own <c>RequiredMatchSiloMetadataPlacementFilter</c> compares with the deciding silo's value, so a call
/// from a front-end-only silo would only ever pick other front-end-only silos.)
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class AcceleratorPlacementFilterAttribute() : PlacementFilterAttribute(new AcceleratorPlacementFilterStrategy());
