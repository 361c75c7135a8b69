using System.Globalization;
using OrleansClassifier.Decisions.Statistics;

namespace OrleansClassifier.Decisions.Policies;

/// <summary>
/// The <c>alert_rate</c> policy: t = the (1−q) quantile of recent scores, taken as the smallest bin edge
/// t = j/n that flags at most a fraction q of the decayed score weight. It targets the flagged fraction.
/// </summary>
public sealed class AlertRatePolicy : IThresholdPolicy
{
    private readonly double rate;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The options; <see langword="null"/> takes the defaults (q = 0.01).</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public AlertRatePolicy(AlertRatePolicyOptions? options = null)
    {
        options ??= new AlertRatePolicyOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        rate = options.Rate;
        DefaultThreshold = options.DefaultThreshold;
    }

    /// <inheritdoc />
    public string Name => PolicyNames.AlertRate;

    /// <inheritdoc />
    public ThresholdPolicyInputs Inputs => ThresholdPolicyInputs.Scores;

    /// <inheritdoc />
    public double DefaultThreshold { get; }

    /// <inheritdoc />
    public ThresholdProposal Propose(ThresholdStatistics statistics)
    {
        if (statistics.Scores is not { } scores || !(scores.TotalWeight > 0))
        {
            return ThresholdProposal.Keep("alert_rate: no scores yet");
        }

        var tails = scores.UpperTailWeights();
        var total = tails[0];
        var j = 0;
        while (tails[j] > (rate * total) + (1e-12 * total))
        {
            j++;
        }

        var t = (double)j / scores.BinCount;
        return ThresholdProposal.To(t, string.Create(
            CultureInfo.InvariantCulture,
            $"alert_rate: q={rate:0.####}, flagged fraction={tails[j] / total:0.####}, t={t:0.####}"));
    }
}
