using System.Globalization;
using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Policies;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Control;

/// <summary>
/// Owns one tenant's threshold policy and running statistics and turns them into versioned
/// <see cref="DecisionParameters"/>: a cold start keeps the policy's default until enough observations
/// arrive, the threshold stays in [minimum, maximum], adaptive moves are limited to a step, and every
/// change gets version + 1 and a <see cref="ThresholdChange"/> that says why. It reads no clock.
/// </summary>
public sealed class ThresholdController
{
    private readonly ThresholdControllerOptions options;
    private readonly PositiveRateEstimator labels;
    private readonly ScorePriorEstimator scores;
    private readonly LabelledScoreSummary outcomes;
    private readonly BoundedHistory<ThresholdChange> history;

    /// <summary>Creates a controller that starts from <see cref="DecisionParameters.Default"/>.</summary>
    /// <param name="policy">The tenant's policy.</param>
    /// <param name="options">The options; <see langword="null"/> takes the defaults.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ThresholdController(IThresholdPolicy policy, ThresholdControllerOptions? options = null)
        : this(policy, options ?? new ThresholdControllerOptions(), null)
    {
    }

    private ThresholdController(IThresholdPolicy policy, ThresholdControllerOptions options, ThresholdControllerSnapshot? snapshot)
    {
        ArgumentNullException.ThrowIfNull(policy);
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        Policy = policy;
        this.options = options;
        history = new BoundedHistory<ThresholdChange>(options.HistoryCapacity);
        if (snapshot is null)
        {
            labels = new PositiveRateEstimator(options.Labels);
            scores = new ScorePriorEstimator(options.Scores);
            outcomes = new LabelledScoreSummary(options.Outcomes);
            Current = DecisionParameters.Default;
            return;
        }

        labels = PositiveRateEstimator.FromSnapshot(options.Labels, snapshot.Labels);
        scores = ScorePriorEstimator.FromSnapshot(options.Scores, snapshot.Scores);
        outcomes = LabelledScoreSummary.FromSnapshot(options.Outcomes, snapshot.Outcomes);
        Current = new DecisionParameters(snapshot.Threshold, snapshot.Policy, snapshot.Version);
        foreach (var change in snapshot.History)
        {
            history.Add(change);
        }
    }

    /// <summary>The parameters to decide with now.</summary>
    public DecisionParameters Current { get; private set; }

    /// <summary>The policy in force (from the next <see cref="Update"/> on, if it was just replaced).</summary>
    public IThresholdPolicy Policy { get; private set; }

    /// <summary>The last changes, oldest first, at most <see cref="ThresholdControllerOptions.HistoryCapacity"/>.</summary>
    public IReadOnlyList<ThresholdChange> History => history.ToArray();

    /// <summary>The label-rate estimator (read it; feed it through <see cref="ObserveOutcome"/>).</summary>
    public PositiveRateEstimator Labels => labels;

    /// <summary>The score-prior estimator (read it; feed it through <see cref="ObserveScore"/>).</summary>
    public ScorePriorEstimator Scores => scores;

    /// <summary>The labelled-score summary (read it; feed it through <see cref="ObserveOutcome"/>).</summary>
    public LabelledScoreSummary Outcomes => outcomes;

    /// <summary>Records a score the model produced.</summary>
    /// <param name="score">The positive-class probability, in [0, 1].</param>
    /// <param name="at">When; required when a half-life is a time.</param>
    public void ObserveScore(double score, DateTimeOffset? at = null) => scores.Observe(score, at);

    /// <summary>Records a reported outcome: the true label and, when known, the score the model gave.</summary>
    /// <param name="positive">The true label.</param>
    /// <param name="score">The model's score for the instance, or <see langword="null"/> when unknown.</param>
    /// <param name="at">When; required when a half-life is a time.</param>
    public void ObserveOutcome(bool positive, double? score = null, DateTimeOffset? at = null)
    {
        if (score is { } s)
        {
            outcomes.Observe(s, positive, at);
        }

        labels.Observe(positive, at);
    }

    /// <summary>Replaces the policy; the statistics are kept and the next <see cref="Update"/> applies it.</summary>
    public void ChangePolicy(IThresholdPolicy policy) => Policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>The positive rate the policies see: from labels once there are enough, else from scores, else none.</summary>
    public RateEstimate? CurrentRate()
    {
        if (labels.LifetimeCount >= options.MinimumObservations && labels.Estimate() is { } fromLabels)
        {
            return fromLabels;
        }

        return scores.LifetimeCount >= options.MinimumObservations ? scores.Estimate() : null;
    }

    /// <summary>
    /// Recomputes the threshold at <paramref name="now"/>. When it moves (or the policy's name changed) the
    /// version rises by one and a change is recorded; otherwise nothing changes.
    /// </summary>
    /// <returns>The parameters to decide with from now on.</returns>
    public DecisionParameters Update(DateTimeOffset now)
    {
        labels.AdvanceTo(now);
        scores.AdvanceTo(now);
        outcomes.AdvanceTo(now);
        var rate = CurrentRate();
        var (proposal, adaptive) = Propose(rate);
        if (proposal.Threshold is not { } target)
        {
            return Current;
        }

        var reason = proposal.Reason;
        var next = Math.Clamp(target, options.MinimumThreshold, options.MaximumThreshold);
        if (next != target)
        {
            reason += Invariant($"; clamped to [{options.MinimumThreshold:0.####}, {options.MaximumThreshold:0.####}]");
        }

        var step = next - Current.Threshold;
        if (adaptive && Math.Abs(step) > options.MaximumStep)
        {
            next = Current.Threshold + Math.CopySign(options.MaximumStep, step);
            reason += Invariant($"; step limited to {options.MaximumStep:0.####}");
        }

        var threshold = (float)next;
        var moved = threshold != Current.Threshold && Math.Abs(next - Current.Threshold) >= options.MinimumChange;
        if (!moved && Policy.Name == Current.Policy)
        {
            return Current;
        }

        var parameters = new DecisionParameters(moved ? threshold : Current.Threshold, Policy.Name, Current.Version + 1);
        history.Add(new ThresholdChange(
            parameters.Version, Current.Threshold, parameters.Threshold, Policy.Name, reason,
            rate?.Rate, rate?.Source ?? RateSource.None, labels.LifetimeCount, scores.LifetimeCount, now));
        Current = parameters;
        return Current;
    }

    /// <summary>Copies all state out as plain records.</summary>
    public ThresholdControllerSnapshot ToSnapshot() => new(
        Current.Threshold, Current.Policy, Current.Version, history.ToArray(),
        labels.ToSnapshot(), scores.ToSnapshot(), outcomes.ToSnapshot());

    /// <summary>Rebuilds a controller from a snapshot.</summary>
    /// <param name="policy">The tenant's policy.</param>
    /// <param name="options">The options; bin counts must match the snapshot's.</param>
    /// <param name="snapshot">The state to restore.</param>
    public static ThresholdController FromSnapshot(
        IThresholdPolicy policy, ThresholdControllerOptions options, ThresholdControllerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ThresholdController(policy, options, snapshot);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private (ThresholdProposal Proposal, bool Adaptive) Propose(RateEstimate? rate)
    {
        var inputs = Policy.Inputs;
        var min = options.MinimumObservations;
        string? missing = null;
        if (inputs.HasFlag(ThresholdPolicyInputs.PositiveRate) && rate is null)
        {
            missing = Invariant($"{labels.LifetimeCount} labels and {scores.LifetimeCount} scores, fewer than {min}");
        }
        else if (inputs.HasFlag(ThresholdPolicyInputs.LabelledScores) && outcomes.LifetimeCount < min)
        {
            missing = Invariant($"{outcomes.LifetimeCount} labelled scores, fewer than {min}");
        }
        else if (inputs.HasFlag(ThresholdPolicyInputs.Scores) && scores.LifetimeCount < min)
        {
            missing = Invariant($"{scores.LifetimeCount} scores, fewer than {min}");
        }

        if (missing is not null)
        {
            var t = Policy.DefaultThreshold;
            return (ThresholdProposal.To(t, Invariant($"{Policy.Name}: cold start ({missing}), policy default t={t:0.####}")), false);
        }

        var statistics = new ThresholdStatistics(rate, outcomes, scores.Scores);
        return (Policy.Propose(statistics), inputs != ThresholdPolicyInputs.None);
    }
}
