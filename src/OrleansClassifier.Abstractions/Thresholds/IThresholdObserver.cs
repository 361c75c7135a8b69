using Orleans.Concurrency;

namespace OrleansClassifier.Abstractions.Thresholds;

/// <summary>A front-end silo's receiver of pushed decision parameters.</summary>
[Alias("oc.IThresholdObserver")]
public interface IThresholdObserver : IGrainObserver
{
    /// <summary>New parameters for a tenant and model.</summary>
    [OneWay, Alias("OnThresholdChanged")]
    Task OnThresholdChangedAsync(ThresholdUpdate update);
}
