using OrleansClassifier.Abstractions.Thresholds;
using OrleansClassifier.Decisions;
using OrleansClassifier.Decisions.Policies;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>An immutable view of one tenant and model's parameters, swapped whole when a new version arrives.</summary>
internal sealed class CachedThreshold(DecisionParameters parameters, ClassPriorReweighting? reweighting, ThresholdUpdate? update)
{
    /// <summary>
    /// Before the grain's first answer: the cold-start threshold of the default policy (0.5 for every π), version 0.
    /// </summary>
    public static CachedThreshold Unsubscribed { get; } = new(new DecisionParameters(0.5f, PolicyNames.ImbalanceMidpoint, 0), null, null);

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
