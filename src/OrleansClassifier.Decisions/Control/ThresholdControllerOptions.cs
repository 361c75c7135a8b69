using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Control;

/// <summary>Options of a <see cref="ThresholdController"/>.</summary>
public sealed class ThresholdControllerOptions
{
    /// <summary>
    /// The lifetime observations of the kind a policy reads (labels, labelled scores or scores) needed before
    /// it adapts; until then the policy's default threshold holds. The default value is 100.
    /// </summary>
    public long MinimumObservations { get; set; } = 100;

    /// <summary>The lowest threshold ever set. The default value is 0.01.</summary>
    public double MinimumThreshold { get; set; } = 0.01;

    /// <summary>The highest threshold ever set. The default value is 0.99.</summary>
    public double MaximumThreshold { get; set; } = 0.99;

    /// <summary>
    /// The most an adaptive update moves the threshold. Cold-start defaults and fixed thresholds are
    /// set at once. The default value is 0.05.
    /// </summary>
    public double MaximumStep { get; set; } = 0.05;

    /// <summary>
    /// Moves smaller than this are not made, so versions are not spent on noise. The default value is 0.001.
    /// </summary>
    public double MinimumChange { get; set; } = 0.001;

    /// <summary>How many past changes are kept. The default value is 32.</summary>
    public int HistoryCapacity { get; set; } = 32;

    /// <summary>The label-rate estimator. The defaults: a half-life of 1000 labels, z = 1.96.</summary>
    public PositiveRateEstimatorOptions Labels { get; set; } = new();

    /// <summary>The score-prior (EM) estimator and score histogram. The defaults: π = 0.5, 1000 bins, half-life of 1000 scores.</summary>
    public ScorePriorEstimatorOptions Scores { get; set; } = new();

    /// <summary>The labelled-score summary. The defaults: 1000 bins, half-life of 1000 outcomes.</summary>
    public LabelledScoreSummaryOptions Outcomes { get; set; } = new();

    /// <summary>Checks the options; each error names its field, for example <c>threshold_controller.maximum_step</c>.</summary>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        const string prefix = "threshold_controller";
        var errors = new List<string>();
        OptionChecks.Range(errors, $"{prefix}.minimum_observations", MinimumObservations, 0, long.MaxValue);
        OptionChecks.ClosedUnit(errors, $"{prefix}.minimum_threshold", MinimumThreshold);
        OptionChecks.ClosedUnit(errors, $"{prefix}.maximum_threshold", MaximumThreshold);
        if (MinimumThreshold > MaximumThreshold)
        {
            errors.Add($"{prefix}.minimum_threshold must not exceed {prefix}.maximum_threshold");
        }

        OptionChecks.HalfOpenUnit(errors, $"{prefix}.maximum_step", MaximumStep);
        if (!(MinimumChange >= 0 && MinimumChange <= MaximumStep))
        {
            errors.Add($"{prefix}.minimum_change must be in [0, {prefix}.maximum_step]");
        }

        OptionChecks.Range(errors, $"{prefix}.history_capacity", HistoryCapacity, 1, 10_000);
        errors.AddRange(Labels.Validate($"{prefix}.labels"));
        errors.AddRange(Scores.Validate($"{prefix}.scores"));
        errors.AddRange(Outcomes.Validate($"{prefix}.outcomes"));
        return errors;
    }
}
