namespace OrleansClassifier.Decisions.Policies;

/// <summary>The closed-form thresholds of the rate- and cost-driven policies.</summary>
internal static class ThresholdFormulas
{
    /// <summary>
    /// The Bayes threshold under label shift from π to r: k = ((1−r)·π)/((1−π)·r), t = k/(1+k), written
    /// as t = (1−r)·π / ((1−r)·π + r·(1−π)) so that no division by r is needed. r is clamped into [ε, 1−ε].
    /// </summary>
    public static double PriorShift(double trainingRate, double rate, double epsilon) =>
        CostUnderShift(1, 1, trainingRate, rate, epsilon);

    /// <summary>The damped correction (0.5 + t_prior)/2; with π = 0.5 it is 0.75 − r/2.</summary>
    public static double Midpoint(double trainingRate, double rate, double epsilon) =>
        (0.5 + PriorShift(trainingRate, rate, epsilon)) / 2;

    /// <summary>The Bayes threshold under costs alone: c_fp/(c_fp + c_fn).</summary>
    public static double Cost(double falsePositiveCost, double falseNegativeCost) =>
        falsePositiveCost / (falsePositiveCost + falseNegativeCost);

    /// <summary>
    /// The Bayes threshold under costs and label shift. Decide 1 when c_fn·P'(1|x) &gt; c_fp·P'(0|x), with
    /// P'(1|x) ∝ p·r/π and P'(0|x) ∝ (1−p)·(1−r)/(1−π); that is p/(1−p) &gt; c_fp·(1−r)·π / (c_fn·r·(1−π)) = K,
    /// so t = K/(1+K) = c_fp·(1−r)·π / (c_fp·(1−r)·π + c_fn·r·(1−π)). r is clamped into [ε, 1−ε].
    /// </summary>
    public static double CostUnderShift(
        double falsePositiveCost, double falseNegativeCost, double trainingRate, double rate, double epsilon)
    {
        var r = Math.Clamp(rate, epsilon, 1 - epsilon);
        var negative = falsePositiveCost * (1 - r) * trainingRate;
        var positive = falseNegativeCost * r * (1 - trainingRate);
        return negative / (negative + positive);
    }
}
