using System.Globalization;
using OrleansClassifier.Models.Data;
using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.DecisionBenchmark;

/// <summary>Trains the benchmark's models (deterministically) and scores their held-out rows.</summary>
internal static class BenchmarkModels
{
    private const int SyntheticFeatures = 4;
    private const double SyntheticShift = 0.6;

    public static IReadOnlyList<ScorePool> Build()
    {
        var data = BreastCancerData.Load();
        var split = TrainTestSplit.Stratified(data.Labels, data.ClassCount, testFraction: 0.5, seed: 7_001);
        var train = data.Subset(split.Train);
        var test = data.Subset(split.Test);
        var pools = new List<ScorePool>
        {
            Pool("breast-cancer", "Breast Cancer Wisconsin, MLP 30-32-16-1 trained on a stratified half (π as in the data); scores of the other half",
                train, test, seed: 7_002),
            Pool("breast-cancer-pi10", "Breast Cancer Wisconsin, the same MLP trained on the same half with malignant rows thinned to π = 0.10; scores of the other half",
                Thin(train, 0.10, 7_003), test, seed: 7_004),
        };

        var synTest = Synthetic(10_000, 0.5, 7_101);
        pools.Add(Pool("synthetic", "Two overlapping 4-d Gaussians (mean shift 0.6 per dimension), MLP 4-32-16-1 trained on 4,000 rows at π = 0.5",
            Synthetic(4_000, 0.5, 7_102), synTest, seed: 7_103));
        pools.Add(Pool("synthetic-pi10", "The same Gaussians, MLP trained on 4,000 rows at π = 0.10",
            Synthetic(4_000, 0.10, 7_104), synTest, seed: 7_105));
        return pools;
    }

    private static ScorePool Pool(string name, string description, Dataset train, Dataset test, ulong seed)
    {
        var options = new MlpTrainerOptions
        {
            HiddenLayers = [32, 16],
            Loss = MlpLoss.BinaryCrossEntropy,
            Epochs = 30,
            BatchSize = 32,
            LearningRate = 1e-3,
            Seed = seed,
        };
        var network = MlpTrainer.Train(train, Standardization.Fit(train), options);
        var negatives = new List<float>();
        var positives = new List<float>();
        var output = new double[1];
        for (var i = 0; i < test.RowCount; i++)
        {
            network.Forward(test.Row(i), output);
            (test.Labels[i] == 1 ? positives : negatives).Add((float)output[0]);
        }

        var pi = Math.Round(train.LabelRate(1), 4);
        return new ScorePool(
            name,
            description + string.Create(CultureInfo.InvariantCulture, $" (π = {pi:0.####}; pool {negatives.Count} negative, {positives.Count} positive scores)"),
            pi, [.. negatives], [.. positives]);
    }

    private static Dataset Thin(Dataset data, double rate, ulong seed)
    {
        var random = new SplitMix64(seed);
        var negatives = Enumerable.Range(0, data.RowCount).Where(i => data.Labels[i] == 0).ToList();
        var positives = Enumerable.Range(0, data.RowCount).Where(i => data.Labels[i] == 1).ToArray();
        random.Shuffle(positives.AsSpan());
        var keep = (int)Math.Round(negatives.Count * rate / (1 - rate));
        return data.Subset([.. negatives, .. positives.Take(keep)]);
    }

    private static Dataset Synthetic(int rows, double positiveRate, ulong seed)
    {
        var random = new SplitMix64(seed);
        var features = new double[rows * SyntheticFeatures];
        var labels = new int[rows];
        var positives = (int)Math.Round(rows * positiveRate);
        for (var r = 0; r < rows; r++)
        {
            labels[r] = r < positives ? 1 : 0;
            for (var f = 0; f < SyntheticFeatures; f++)
            {
                features[(r * SyntheticFeatures) + f] = random.NextStandardNormal() + (labels[r] * SyntheticShift);
            }
        }

        return new Dataset(
            [.. Enumerable.Range(0, SyntheticFeatures).Select(i => $"x{i}")],
            ["negative", "positive"],
            features,
            labels,
            [.. Enumerable.Range(0, rows).Select(i => i.ToString(CultureInfo.InvariantCulture))]);
    }
}
