namespace OrleansClassifier.Decisions.Statistics;

/// <summary>
/// How fast old observations lose weight: an exponential decay with a half-life counted either in
/// observations or, when <see cref="HalfLifeTime"/> is set, in time passed in by the caller.
/// </summary>
public sealed class DecayOptions
{
    /// <summary>
    /// The half-life in observations: after this many newer observations an observation counts half.
    /// Used when <see cref="HalfLifeTime"/> is <see langword="null"/>. The default value is 1000.
    /// </summary>
    public double HalfLifeObservations { get; set; } = 1000;

    /// <summary>
    /// The half-life in time. When set, weights decay with the time between the instants passed to
    /// the estimators, and every observation must carry its time. The default value is <see langword="null"/>
    /// (the half-life is counted in observations).
    /// </summary>
    public TimeSpan? HalfLifeTime { get; set; }

    /// <summary>Checks the options; each error names its field under <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The dotted path of these options, for example <c>threshold_controller.labels.decay</c>.</param>
    /// <returns>The errors found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate(string prefix)
    {
        var errors = new List<string>();
        OptionChecks.Positive(errors, $"{prefix}.half_life_observations", HalfLifeObservations);
        if (HalfLifeTime is { } time && time <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}.half_life_time must be positive when set");
        }

        return errors;
    }
}
