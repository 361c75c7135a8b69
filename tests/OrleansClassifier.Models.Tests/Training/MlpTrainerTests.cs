using OrleansClassifier.Models.Data;
using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Tests.Training;

public class MlpTrainerTests
{
    private static readonly MlpTrainerOptions Options = new()
    {
        HiddenLayers = [16],
        Loss = MlpLoss.SoftmaxCrossEntropy,
        Epochs = 20,
        Seed = 42,
    };

    [Fact]
    public void Train_SameDataAndSeed_GivesBitIdenticalWeights()
    {
        var data = GaussianClusters.Generate(50, seed: 1);

        var first = MlpTrainer.Train(data, Standardization.Fit(data), Options);
        var second = MlpTrainer.Train(data, Standardization.Fit(data), Options);

        for (var l = 0; l < first.Layers.Count; l++)
        {
            Assert.Equal(Bits(first.Layers[l].Weights), Bits(second.Layers[l].Weights));
            Assert.Equal(Bits(first.Layers[l].Bias), Bits(second.Layers[l].Bias));
        }
    }

    [Fact]
    public void Train_DifferentSeed_GivesDifferentWeights()
    {
        var data = GaussianClusters.Generate(50, seed: 1);

        var first = MlpTrainer.Train(data, Standardization.Fit(data), Options);
        var second = MlpTrainer.Train(data, Standardization.Fit(data), new MlpTrainerOptions
        {
            HiddenLayers = [16],
            Loss = MlpLoss.SoftmaxCrossEntropy,
            Epochs = 20,
            Seed = 43,
        });

        Assert.NotEqual(Bits(first.Layers[0].Weights), Bits(second.Layers[0].Weights));
    }

    [Fact]
    public void Train_BinaryLoss_BuildsSigmoidOutputAndLearns()
    {
        var data = BreastCancerData.Load();

        var network = MlpTrainer.Train(data, Standardization.Fit(data), new MlpTrainerOptions { HiddenLayers = [8], Epochs = 10 });

        Assert.Equal(1, network.OutputCount);
        Assert.Equal(LayerActivation.Sigmoid, network.Layers[^1].Activation);
        Assert.True(network.Accuracy(data) > 0.9);
    }

    [Fact]
    public void Train_BinaryLossWithThreeClasses_Throws()
    {
        var data = GaussianClusters.Generate(5, seed: 1);

        Assert.Throws<ArgumentException>(() => MlpTrainer.Train(data, Standardization.Fit(data), new MlpTrainerOptions()));
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
