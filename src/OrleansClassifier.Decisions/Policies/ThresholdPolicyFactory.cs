using System.Globalization;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// Builds a policy from its configured name and numeric parameters (as they come over the API), with the
/// model's training positive rate π as the default of every policy that reads one. Parameter names are the
/// snake_case field names of the options types, for example <c>threshold</c> of <c>fixed</c> or
/// <c>false_negative_cost</c> of <c>cost</c>; flags are 0 or 1.
/// </summary>
public static class ThresholdPolicyFactory
{
    private static readonly Dictionary<string, string[]> Known = new(StringComparer.Ordinal)
    {
        [PolicyNames.Fixed] = ["threshold"],
        [PolicyNames.ImbalanceMidpoint] = ["training_positive_rate", "rate_epsilon"],
        [PolicyNames.PriorShift] = ["training_positive_rate", "rate_epsilon"],
        [PolicyNames.Cost] = ["false_positive_cost", "false_negative_cost", "adjust_for_prior_shift", "training_positive_rate", "rate_epsilon"],
        [PolicyNames.MaxFBeta] = ["beta", "default_threshold"],
        [PolicyNames.TargetPrecision] = ["precision", "default_threshold"],
        [PolicyNames.TargetRecall] = ["recall", "default_threshold"],
        [PolicyNames.AlertRate] = ["rate", "default_threshold"],
    };

    /// <summary>The policy names the factory knows.</summary>
    public static IReadOnlyCollection<string> Names => Known.Keys;

    /// <summary>Checks a policy name and its parameters without building it.</summary>
    /// <returns>The errors, each starting with the dotted field name (for example <c>fixed.threshold</c>); empty when valid.</returns>
    public static IReadOnlyList<string> Validate(string name, IReadOnlyDictionary<string, double> parameters, double trainingPositiveRate)
    {
        try
        {
            _ = Create(name, parameters, trainingPositiveRate);
            return [];
        }
        catch (ArgumentException ex)
        {
            return [StripParamName(ex)];
        }
    }

    /// <summary>Builds the policy.</summary>
    /// <param name="name">One of <see cref="PolicyNames"/>.</param>
    /// <param name="parameters">Its parameters; the ones left out keep their defaults.</param>
    /// <param name="trainingPositiveRate">The model's π: the default of <c>training_positive_rate</c>.</param>
    /// <exception cref="ArgumentException">Unknown name or parameter, or a value out of range; the message names the field.</exception>
    public static IThresholdPolicy Create(string name, IReadOnlyDictionary<string, double> parameters, double trainingPositiveRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (string.IsNullOrEmpty(name) || !Known.TryGetValue(name, out var allowed))
        {
            throw new ArgumentException($"policy must be one of {string.Join(", ", Known.Keys)}; got '{name}'", nameof(name));
        }

        foreach (var (key, value) in parameters)
        {
            if (Array.IndexOf(allowed, key) < 0)
            {
                throw new ArgumentException(
                    $"{name}.{key} is not a parameter of {name}; its parameters are {string.Join(", ", allowed)}", nameof(parameters));
            }

            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"{name}.{key} must be a finite number", nameof(parameters));
            }
        }

        double Get(string key, double fallback) => parameters.TryGetValue(key, out var v) ? v : fallback;
        var pi = Get("training_positive_rate", trainingPositiveRate);
        return name switch
        {
            PolicyNames.Fixed => new FixedPolicy(new FixedPolicyOptions { Threshold = Get("threshold", 0.5) }),
            PolicyNames.ImbalanceMidpoint => new ImbalanceMidpointPolicy(new ImbalanceMidpointPolicyOptions
            {
                TrainingPositiveRate = pi,
                RateEpsilon = Get("rate_epsilon", 1e-6),
            }),
            PolicyNames.PriorShift => new PriorShiftPolicy(new PriorShiftPolicyOptions
            {
                TrainingPositiveRate = pi,
                RateEpsilon = Get("rate_epsilon", 1e-6),
            }),
            PolicyNames.Cost => new CostPolicy(new CostPolicyOptions
            {
                FalsePositiveCost = Get("false_positive_cost", 1),
                FalseNegativeCost = Get("false_negative_cost", 1),
                AdjustForPriorShift = Flag(name, "adjust_for_prior_shift", Get("adjust_for_prior_shift", 0)),
                TrainingPositiveRate = pi,
                RateEpsilon = Get("rate_epsilon", 1e-6),
            }),
            PolicyNames.MaxFBeta => new MaxFBetaPolicy(new MaxFBetaPolicyOptions
            {
                Beta = Get("beta", 1),
                DefaultThreshold = Get("default_threshold", 0.5),
            }),
            PolicyNames.TargetPrecision => new TargetPrecisionPolicy(new TargetPrecisionPolicyOptions
            {
                Precision = Get("precision", 0.9),
                DefaultThreshold = Get("default_threshold", 0.5),
            }),
            PolicyNames.TargetRecall => new TargetRecallPolicy(new TargetRecallPolicyOptions
            {
                Recall = Get("recall", 0.9),
                DefaultThreshold = Get("default_threshold", 0.5),
            }),
            _ => new AlertRatePolicy(new AlertRatePolicyOptions
            {
                Rate = Get("rate", 0.01),
                DefaultThreshold = Get("default_threshold", 0.5),
            }),
        };
    }

    private static bool Flag(string policy, string key, double value) => value switch
    {
        0 => false,
        1 => true,
        _ => throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"{policy}.{key} must be 0 or 1; got {value}"), "parameters"),
    };

    private static string StripParamName(ArgumentException ex) =>
        ex.ParamName is { } p && ex.Message.EndsWith($" (Parameter '{p}')", StringComparison.Ordinal)
            ? ex.Message[..^$" (Parameter '{p}')".Length]
            : ex.Message;
}
