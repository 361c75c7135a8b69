using System.Text;

namespace OrleansClassifier.Models.DecisionBenchmark;

/// <summary>Runs every policy over one stream and writes its table.</summary>
internal static class StreamReport
{
    public static void Write(StringBuilder report, ScorePool pool, LabelledStream stream, int warmUp, TargetChecks targets, bool isShifting)
    {
        var pi = pool.TrainingPositiveRate;
        report.AppendLine($"## {stream.Name}");
        report.AppendLine();
        report.AppendLine(isShifting
            ? "| policy | accuracy | balanced acc. | precision | recall | F1 | cost | flagged | own metric vs 0.5 | recovery after 50→10 | recovery after 10→30 |"
            : DecisionBenchmarkRunner.Invariant($"| policy (after {warmUp} events) | accuracy | balanced acc. | precision | recall | F1 | cost | flagged | own metric vs 0.5 |"));
        report.AppendLine(isShifting ? "|---|---|---|---|---|---|---|---|---|---|---|" : "|---|---|---|---|---|---|---|---|---|");

        Confusion? baseline = null;
        var scoreRates = new List<double>();
        foreach (var policy in PolicyCase.All)
        {
            var trace = policy.Label == "imbalance_midpoint (scores only)" ? scoreRates : null;
            var thresholds = OnlineReplay.Run(stream, policy, pi, trace);
            var confusion = Evaluate(stream, thresholds, warmUp);
            baseline ??= confusion;
            var verdict = Judge(policy.Objective, confusion, baseline.Value);
            if (isShifting && policy.Objective != Objective.None)
            {
                targets.OwnMetric(stream.Name, policy.Label, verdict == "beats");
            }

            var row = new StringBuilder();
            row.Append(DecisionBenchmarkRunner.Invariant(
                $"| {policy.Label} | {confusion.Accuracy:0.0000} | {confusion.BalancedAccuracy:0.0000} | {confusion.Precision:0.0000} | {confusion.Recall:0.0000} | {confusion.F1:0.0000} | {confusion.Cost(PolicyCase.FalsePositiveCost, PolicyCase.FalseNegativeCost):0.0000} | {confusion.FlaggedRate:0.0000} | {verdict} |"));
            if (isShifting)
            {
                for (var phase = 1; phase < stream.PhaseStarts.Length; phase++)
                {
                    row.Append(policy.Objective == Objective.None ? " — |" : $" {Recovery(stream, thresholds, phase, policy, pi)} |");
                }
            }

            report.AppendLine(row.ToString());
            if (policy.Objective == Objective.F1)
            {
                var hindsightF1 = Hindsight(stream, warmUp, c => c.F1, maximise: true).Value;
                if (isShifting)
                {
                    targets.FBetaShifting(stream.Name, confusion.F1, hindsightF1);
                }
                else
                {
                    targets.FBetaStationary(stream.Name, confusion.F1, hindsightF1);
                }
            }
        }

        foreach (var (name, metric, maximise) in new (string, Func<Confusion, double>, bool)[]
        {
            ("accuracy", c => c.Accuracy, true),
            ("F1", c => c.F1, true),
            ("cost", c => c.Cost(PolicyCase.FalsePositiveCost, PolicyCase.FalseNegativeCost), false),
        })
        {
            var (t, _) = Hindsight(stream, warmUp, metric, maximise);
            var c = Evaluate(stream, null, warmUp, (float)t);
            report.AppendLine(DecisionBenchmarkRunner.Invariant(
                $"| *hindsight best {name}: t = {t:0.0000}* | {c.Accuracy:0.0000} | {c.BalancedAccuracy:0.0000} | {c.Precision:0.0000} | {c.Recall:0.0000} | {c.F1:0.0000} | {c.Cost(PolicyCase.FalsePositiveCost, PolicyCase.FalseNegativeCost):0.0000} | {c.FlaggedRate:0.0000} | |{(isShifting ? " | |" : string.Empty)}"));
        }

        report.AppendLine();
        if (!isShifting)
        {
            var secondHalf = scoreRates.Skip(scoreRates.Count / 2).Where(double.IsFinite).ToList();
            var truth = stream.PhaseRates[0];
            var meanError = secondHalf.Count == 0 ? double.NaN : secondHalf.Average(r => Math.Abs(r - truth));
            targets.ScoreRate(stream.Name, meanError, scoreRates[^1], truth);
            report.AppendLine(DecisionBenchmarkRunner.Invariant(
                $"Positive rate from scores alone (EM prior estimate, π = {pi:0.####}): mean |r̂ − {truth:0.##}| over the second half {meanError:0.0000}, final r̂ = {scoreRates[^1]:0.0000}; the plain mean score is {stream.Scores.Average(s => (double)s):0.0000}."));
            report.AppendLine();
        }
    }

    private static Confusion Evaluate(LabelledStream stream, float[]? thresholds, int from, float fixedThreshold = 0.5f)
    {
        var confusion = default(Confusion);
        for (var i = from; i < stream.Length; i++)
        {
            var t = thresholds?[i] ?? fixedThreshold;
            confusion.Add(stream.Scores[i] > t, stream.Labels[i]);
        }

        return confusion;
    }

    private static (double Threshold, double Value) Hindsight(LabelledStream stream, int from, Func<Confusion, double> metric, bool maximise)
    {
        var best = (Threshold: 0.5, Value: maximise ? double.MinValue : double.MaxValue);
        for (var k = 0; k <= 400; k++)
        {
            var t = k * 0.0025;
            var value = metric(Evaluate(stream, null, from, (float)t));
            if (maximise ? value > best.Value : value < best.Value)
            {
                best = (t, value);
            }
        }

        return best;
    }

    private static string Judge(Objective objective, Confusion c, Confusion fixedHalf)
    {
        bool beats;
        switch (objective)
        {
            case Objective.None:
                return "(baseline)";
            case Objective.Accuracy:
                beats = c.Accuracy > fixedHalf.Accuracy;
                break;
            case Objective.Cost:
                beats = c.Cost(PolicyCase.FalsePositiveCost, PolicyCase.FalseNegativeCost) < fixedHalf.Cost(PolicyCase.FalsePositiveCost, PolicyCase.FalseNegativeCost);
                break;
            case Objective.F1:
                beats = c.F1 > fixedHalf.F1;
                break;
            case Objective.PrecisionTarget:
                beats = Better(c.Precision, c.Recall, fixedHalf.Precision, fixedHalf.Recall, PolicyCase.PrecisionTarget);
                break;
            case Objective.RecallTarget:
                beats = Better(c.Recall, c.Precision, fixedHalf.Recall, fixedHalf.Precision, PolicyCase.RecallTarget);
                break;
            default:
                beats = Math.Abs(c.FlaggedRate - PolicyCase.AlertRate) < Math.Abs(fixedHalf.FlaggedRate - PolicyCase.AlertRate);
                break;
        }

        return beats ? "beats" : "misses";
    }

    /// <summary>Target met with the other side higher; or met where the baseline misses; or, both missing, closer.</summary>
    private static bool Better(double target, double other, double baseTarget, double baseOther, double goal)
    {
        var met = target >= goal;
        var baseMet = baseTarget >= goal;
        return (met, baseMet) switch
        {
            (true, false) => true,
            (true, true) => other > baseOther,
            (false, false) => target > baseTarget,
            _ => false,
        };
    }

    private static string Recovery(LabelledStream stream, float[] thresholds, int phase, PolicyCase policy, double pi)
    {
        var target = OnlineReplay.PhaseTarget(stream, phase, policy, pi);
        var start = stream.PhaseStarts[phase];
        var end = phase + 1 < stream.PhaseStarts.Length ? stream.PhaseStarts[phase + 1] : stream.Length;
        for (var i = start; i < end; i++)
        {
            if (Math.Abs(thresholds[i] - target) <= OnlineReplay.RecoveryTolerance)
            {
                return (i - start).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return "—";
    }
}
