using OrleansClassifier.Decisions.Control;
using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Policies;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Models.DecisionBenchmark;

/// <summary>
/// Replays a stream through a <see cref="ThresholdController"/> as the service runs it: each event is decided with
/// the threshold in force, its score is recorded, its outcome arrives <see cref="OutcomeDelay"/> events later, and
/// the controller updates once per flushed batch of <see cref="UpdateEvery"/> events.
/// </summary>
internal static class OnlineReplay
{
    public const int OutcomeDelay = 200;
    public const int UpdateEvery = 50;
    public const double HalfLife = 500;
    public const long MinimumObservations = 100;
    public const double RecoveryTolerance = 0.02;

    public static ThresholdControllerOptions Options(double pi) => new()
    {
        MinimumObservations = MinimumObservations,
        MaximumStep = 0.05,
        Labels = new() { Decay = new DecayOptions { HalfLifeObservations = HalfLife } },
        Scores = new() { TrainingPositiveRate = pi, Decay = new DecayOptions { HalfLifeObservations = HalfLife } },
        Outcomes = new() { Decay = new DecayOptions { HalfLifeObservations = HalfLife } },
    };

    /// <summary>Runs one policy; returns the threshold each event was decided with.</summary>
    public static float[] Run(LabelledStream stream, PolicyCase policy, double pi, List<double>? scoreRateTrace = null)
    {
        var controller = new ThresholdController(policy.Create(pi), Options(pi));
        var at = DateTimeOffset.UnixEpoch;
        controller.Update(at);
        var thresholds = new float[stream.Length];
        for (var i = 0; i < stream.Length; i++)
        {
            thresholds[i] = controller.Current.Threshold;
            controller.ObserveScore(stream.Scores[i]);
            var reported = i - OutcomeDelay;
            if (policy.FeedOutcomes && reported >= 0)
            {
                controller.ObserveOutcome(stream.Labels[reported], stream.Scores[reported]);
            }

            if ((i + 1) % UpdateEvery == 0)
            {
                controller.Update(at);
                scoreRateTrace?.Add(controller.Scores.Estimate()?.Rate ?? double.NaN);
            }
        }

        return thresholds;
    }

    /// <summary>The threshold the policy would choose knowing a phase's true statistics (its settled target).</summary>
    public static double PhaseTarget(LabelledStream stream, int phase, PolicyCase policy, double pi)
    {
        var start = stream.PhaseStarts[phase];
        var end = phase + 1 < stream.PhaseStarts.Length ? stream.PhaseStarts[phase + 1] : stream.Length;
        var everything = new DecayOptions { HalfLifeObservations = 1e12 };
        var outcomes = new LabelledScoreSummary(new LabelledScoreSummaryOptions { Decay = everything });
        var scores = new ScorePriorEstimator(new ScorePriorEstimatorOptions { TrainingPositiveRate = pi, Decay = everything });
        for (var i = start; i < end; i++)
        {
            outcomes.Observe(stream.Scores[i], stream.Labels[i]);
            scores.Observe(stream.Scores[i]);
        }

        var rate = new RateEstimate(stream.PhaseRates[phase], RateSource.Labels, end - start, end - start, null, null);
        var proposal = policy.Create(pi).Propose(new ThresholdStatistics(rate, outcomes, scores.Scores));
        return Math.Clamp(proposal.Threshold ?? 0.5, 0.01, 0.99);
    }
}
