using OrleansClassifier.Decisions.Policies;

namespace OrleansClassifier.Models.DecisionBenchmark;

/// <summary>What a policy optimises, so it is judged on that (design.md).</summary>
internal enum Objective
{
    None,
    Accuracy,
    Cost,
    F1,
    PrecisionTarget,
    RecallTarget,
    AlertRate,
}

/// <summary>One policy of the benchmark: how to build it for a model's π, whether it is fed outcomes, what it is judged on.</summary>
internal sealed record PolicyCase(string Label, Func<double, IThresholdPolicy> Create, bool FeedOutcomes, Objective Objective)
{
    public const double FalsePositiveCost = 1;
    public const double FalseNegativeCost = 5;
    public const double PrecisionTarget = 0.9;
    public const double RecallTarget = 0.9;
    public const double AlertRate = 0.2;

    public static IReadOnlyList<PolicyCase> All { get; } =
    [
        new("fixed 0.5", _ => new FixedPolicy(), true, Objective.None),
        new("imbalance_midpoint", pi => new ImbalanceMidpointPolicy(new() { TrainingPositiveRate = pi }), true, Objective.Accuracy),
        new("imbalance_midpoint (scores only)", pi => new ImbalanceMidpointPolicy(new() { TrainingPositiveRate = pi }), false, Objective.Accuracy),
        new("prior_shift", pi => new PriorShiftPolicy(new() { TrainingPositiveRate = pi }), true, Objective.Accuracy),
        new("prior_shift (scores only)", pi => new PriorShiftPolicy(new() { TrainingPositiveRate = pi }), false, Objective.Accuracy),
        new("cost (fn=5, with prior shift)", pi => new CostPolicy(new()
        {
            FalsePositiveCost = FalsePositiveCost,
            FalseNegativeCost = FalseNegativeCost,
            AdjustForPriorShift = true,
            TrainingPositiveRate = pi,
        }), true, Objective.Cost),
        new("max_f_beta (β=1)", _ => new MaxFBetaPolicy(), true, Objective.F1),
        new("target_precision 0.9", _ => new TargetPrecisionPolicy(new() { Precision = PrecisionTarget }), true, Objective.PrecisionTarget),
        new("target_recall 0.9", _ => new TargetRecallPolicy(new() { Recall = RecallTarget }), true, Objective.RecallTarget),
        new("alert_rate 0.2", _ => new AlertRatePolicy(new() { Rate = AlertRate }), true, Objective.AlertRate),
    ];
}
