using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.DecisionBenchmark;

/// <summary>A replayable stream of (score, true label) whose positive rate follows phases.</summary>
internal sealed class LabelledStream
{
    private LabelledStream(string name, float[] scores, bool[] labels, int[] phaseStarts, double[] phaseRates)
    {
        Name = name;
        Scores = scores;
        Labels = labels;
        PhaseStarts = phaseStarts;
        PhaseRates = phaseRates;
    }

    public string Name { get; }

    public float[] Scores { get; }

    public bool[] Labels { get; }

    public int[] PhaseStarts { get; }

    public double[] PhaseRates { get; }

    public int Length => Scores.Length;

    /// <summary>
    /// Resamples the pool per class (with replacement) to hit each phase's positive rate exactly:
    /// round(rate·length) positives per phase, in shuffled order.
    /// </summary>
    public static LabelledStream Build(string name, ScorePool pool, IReadOnlyList<double> rates, int phaseLength, ulong seed)
    {
        var random = new SplitMix64(seed);
        var scores = new float[rates.Count * phaseLength];
        var labels = new bool[scores.Length];
        var starts = new int[rates.Count];
        for (var p = 0; p < rates.Count; p++)
        {
            starts[p] = p * phaseLength;
            var phaseLabels = new bool[phaseLength];
            var positives = (int)Math.Round(rates[p] * phaseLength);
            for (var i = 0; i < positives; i++)
            {
                phaseLabels[i] = true;
            }

            random.Shuffle(phaseLabels.AsSpan());
            for (var i = 0; i < phaseLength; i++)
            {
                var source = phaseLabels[i] ? pool.Positives : pool.Negatives;
                labels[starts[p] + i] = phaseLabels[i];
                scores[starts[p] + i] = source[random.NextInt(source.Length)];
            }
        }

        return new LabelledStream(name, scores, labels, starts, [.. rates]);
    }
}
