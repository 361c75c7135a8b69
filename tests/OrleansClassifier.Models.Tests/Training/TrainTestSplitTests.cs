using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Tests.Training;

public class TrainTestSplitTests
{
    private static readonly int[] Labels = [.. Enumerable.Range(0, 100).Select(i => i < 70 ? 0 : 1)];

    [Fact]
    public void Stratified_Labels_KeepsClassBalanceAndPartitionsRows()
    {
        var split = TrainTestSplit.Stratified(Labels, 2, 0.2, seed: 1);

        Assert.Equal(20, split.Test.Count);
        Assert.Equal(14, split.Test.Count(i => Labels[i] == 0));
        Assert.Equal(Enumerable.Range(0, 100), split.Train.Concat(split.Test).Order());
        Assert.Equal(split.Test.Order(), split.Test);
    }

    [Fact]
    public void Stratified_SameSeed_GivesSameSplit()
    {
        Assert.Equal(TrainTestSplit.Stratified(Labels, 2, 0.2, 9).Test, TrainTestSplit.Stratified(Labels, 2, 0.2, 9).Test);
        Assert.NotEqual(TrainTestSplit.Stratified(Labels, 2, 0.2, 9).Test, TrainTestSplit.Stratified(Labels, 2, 0.2, 10).Test);
    }
}
