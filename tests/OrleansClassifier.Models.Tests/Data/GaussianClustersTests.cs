using OrleansClassifier.Models.Data;

namespace OrleansClassifier.Models.Tests.Data;

public class GaussianClustersTests
{
    [Fact]
    public void Generate_SameSeed_GivesSameRows()
    {
        var first = GaussianClusters.Generate(10, seed: 4);
        var second = GaussianClusters.Generate(10, seed: 4);

        Assert.Equal(30, first.RowCount);
        Assert.Equal(3, first.ClassCount);
        for (var row = 0; row < first.RowCount; row++)
        {
            Assert.Equal(first.Row(row).ToArray(), second.Row(row).ToArray());
        }

        Assert.Equal([0, 1, 2, 0], first.Labels.Take(4));
    }
}
