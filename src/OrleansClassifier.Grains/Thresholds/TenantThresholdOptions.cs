using OrleansClassifier.Decisions.Control;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Grains.Thresholds;

/// <summary>Options of the tenant threshold grains (configuration section <c>Classifier:Thresholds</c> in the host).</summary>
public sealed class TenantThresholdOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Classifier:Thresholds";

    /// <summary>The grain storage the threshold grains persist to. The default value is <c>thresholds</c>.</summary>
    public const string StorageName = "thresholds";

    /// <summary>Observations needed before a policy adapts. The default value is 100.</summary>
    public long MinimumObservations { get; set; } = 100;

    /// <summary>The lowest threshold ever set. The default value is 0.01.</summary>
    public double MinimumThreshold { get; set; } = 0.01;

    /// <summary>The highest threshold ever set. The default value is 0.99.</summary>
    public double MaximumThreshold { get; set; } = 0.99;

    /// <summary>The most one update (one flushed batch) moves the threshold. The default value is 0.05.</summary>
    public double MaximumStep { get; set; } = 0.05;

    /// <summary>Changes kept and readable. The default value is 32.</summary>
    public int HistoryCapacity { get; set; } = 32;

    /// <summary>The half-life of labels, scores and labelled outcomes, in observations. The default value is 1000.</summary>
    public double HalfLifeObservations { get; set; } = 1000;

    /// <summary>
    /// How long a front-end's subscription lives without renewal; front-ends renew with every flush and on a
    /// timer. The default value is 3 minutes.
    /// </summary>
    public TimeSpan SubscriptionExpiry { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// How often statistics that only scores changed are written (outcomes, policy changes and new thresholds are
    /// written at once; unwritten scores are written when the grain deactivates). The default value is 5 seconds.
    /// </summary>
    public TimeSpan ScorePersistInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The controller options for a model trained at positive rate <paramref name="trainingPositiveRate"/>.</summary>
    public ThresholdControllerOptions ToControllerOptions(double trainingPositiveRate) => new()
    {
        MinimumObservations = MinimumObservations,
        MinimumThreshold = MinimumThreshold,
        MaximumThreshold = MaximumThreshold,
        MaximumStep = MaximumStep,
        HistoryCapacity = HistoryCapacity,
        Labels = new() { Decay = new DecayOptions { HalfLifeObservations = HalfLifeObservations } },
        Scores = new()
        {
            TrainingPositiveRate = trainingPositiveRate,
            Decay = new DecayOptions { HalfLifeObservations = HalfLifeObservations },
        },
        Outcomes = new() { Decay = new DecayOptions { HalfLifeObservations = HalfLifeObservations } },
    };
}
