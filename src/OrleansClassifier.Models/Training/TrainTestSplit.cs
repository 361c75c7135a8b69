namespace OrleansClassifier.Models.Training;

/// <summary>Row indices of a train/test split; both lists are in ascending row order.</summary>
internal sealed record TrainTestSplit(IReadOnlyList<int> Train, IReadOnlyList<int> Test)
{
    /// <summary>
    /// A stratified split: each class's rows are shuffled with a seeded generator and the first
    /// round(count * testFraction) of them are held out, so both parts keep the class balance.
    /// </summary>
    public static TrainTestSplit Stratified(IReadOnlyList<int> labels, int classCount, double testFraction, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(testFraction, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(testFraction, 1.0);

        var random = new SplitMix64(seed);
        var train = new List<int>();
        var test = new List<int>();
        for (var label = 0; label < classCount; label++)
        {
            var rows = new List<int>();
            for (var i = 0; i < labels.Count; i++)
            {
                if (labels[i] == label)
                {
                    rows.Add(i);
                }
            }

            var shuffled = rows.ToArray();
            random.Shuffle(shuffled.AsSpan());
            var testCount = (int)Math.Round(shuffled.Length * testFraction, MidpointRounding.AwayFromZero);
            test.AddRange(shuffled.AsSpan(0, testCount));
            train.AddRange(shuffled.AsSpan(testCount));
        }

        train.Sort();
        test.Sort();
        return new TrainTestSplit(train, test);
    }
}
