using OrleansClassifier.Abstractions.Thresholds;
using OrleansClassifier.Decisions;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>An immutable view of one tenant and model's parameters, swapped whole when a new version arrives.</summary>
internal sealed class CachedThreshold(DecisionParameters parameters, ClassPriorReweighting? reweighting, ThresholdUpdate? update)
{
    public static CachedThreshold Unsubscribed { get; } = new(DecisionParameters.Default, null, null);

    public DecisionParameters Parameters { get; } = parameters;

    public ClassPriorReweighting? Reweighting { get; } = reweighting;

    public ThresholdUpdate? Update { get; } = update;

    public static CachedThreshold From(ThresholdUpdate update)
    {
        ClassPriorReweighting? reweighting = null;
        if (update.ClassRates is { Length: > 0 } rates)
        {
            // The models' configs carry no per-class training rates: take them as uniform.
            var training = Enumerable.Repeat(1.0 / rates.Length, rates.Length).ToArray();
            reweighting = new ClassPriorReweighting(rates, training);
        }

        return new CachedThreshold(new DecisionParameters(update.Threshold, update.Policy, update.Version), reweighting, update);
    }
}
