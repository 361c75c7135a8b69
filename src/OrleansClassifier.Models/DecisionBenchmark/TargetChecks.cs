using System.Text;

namespace OrleansClassifier.Models.DecisionBenchmark;

/// <summary>The issue's targets, collected while the streams run.</summary>
internal sealed class TargetChecks
{
    private readonly List<string> _ownMetricMisses = [];
    private readonly List<string> _ownMetricChecks = [];
    private readonly List<string> _fBetaShifting = [];
    private readonly List<string> _fBetaStationary = [];
    private readonly List<string> _scoreRate = [];
    private int _fBetaShiftingMisses;
    private int _fBetaStationaryMisses;
    private int _scoreRateMisses;

    public void OwnMetric(string stream, string policy, bool beats)
    {
        _ownMetricChecks.Add(policy);
        if (!beats)
        {
            _ownMetricMisses.Add($"{policy} on {stream}");
        }
    }

    public void FBetaShifting(string stream, double f1, double hindsight)
    {
        var met = f1 >= hindsight;
        _fBetaShiftingMisses += met ? 0 : 1;
        _fBetaShifting.Add(DecisionBenchmarkRunner.Invariant($"{stream}: {f1:0.0000} vs {hindsight:0.0000} {(met ? "(met)" : "(missed)")}"));
    }

    public void FBetaStationary(string stream, double f1, double hindsight)
    {
        var met = f1 >= 0.98 * hindsight;
        _fBetaStationaryMisses += met ? 0 : 1;
        _fBetaStationary.Add(DecisionBenchmarkRunner.Invariant($"{stream}: {f1:0.0000} vs {hindsight:0.0000} ({Math.Round((f1 / hindsight) - 1, 3):+0.0%;-0.0%;0.0%}) {(met ? "(met)" : "(missed)")}"));
    }

    public void ScoreRate(string stream, double meanError, double final, double truth)
    {
        var met = meanError <= 0.03;
        _scoreRateMisses += met ? 0 : 1;
        _scoreRate.Add(DecisionBenchmarkRunner.Invariant(
            $"{stream}: mean |r̂ − r| over the second half {meanError:0.0000}, final r̂ = {final:0.0000} (r = {truth:0.##}) {(met ? "(met)" : "(missed)")}"));
    }

    public void Write(StringBuilder report)
    {
        report.AppendLine(DecisionBenchmarkRunner.Invariant(
            $"1. **Every adaptive policy beats fixed 0.5 on its own metric on shifting streams:** {(_ownMetricMisses.Count == 0 ? "met" : "missed")} ({_ownMetricChecks.Count - _ownMetricMisses.Count} of {_ownMetricChecks.Count} policy × stream checks)."));
        foreach (var miss in _ownMetricMisses)
        {
            report.AppendLine($"   - missed: {miss}");
        }

        report.AppendLine(DecisionBenchmarkRunner.Invariant(
            $"2. **max_f_beta's F1 at or above the hindsight threshold's on shifting streams:** {(_fBetaShiftingMisses == 0 ? "met" : $"missed on {_fBetaShiftingMisses} of {_fBetaShifting.Count}")}."));
        foreach (var line in _fBetaShifting)
        {
            report.AppendLine($"   - {line}");
        }

        report.AppendLine(DecisionBenchmarkRunner.Invariant(
            $"3. **max_f_beta within 2% of the hindsight F1 on stationary streams after warm-up:** {(_fBetaStationaryMisses == 0 ? "met" : $"missed on {_fBetaStationaryMisses} of {_fBetaStationary.Count}")}."));
        foreach (var line in _fBetaStationary)
        {
            report.AppendLine($"   - {line}");
        }

        report.AppendLine(DecisionBenchmarkRunner.Invariant(
            $"4. **From scores alone, the estimated positive rate within 0.03 of the truth on a stationary stream:** {(_scoreRateMisses == 0 ? "met" : $"missed on {_scoreRateMisses} of {_scoreRate.Count}")}."));
        foreach (var line in _scoreRate)
        {
            report.AppendLine($"   - {line}");
        }
    }
}
