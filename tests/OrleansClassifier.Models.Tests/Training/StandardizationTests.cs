using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Tests.Training;

public class StandardizationTests
{
    [Fact]
    public void Fit_Rows_GivesPopulationMeanAndInverseStd()
    {
        var data = new Dataset(["a", "b"], ["n", "p"], [1, 5, 3, 5, 5, 5], [0, 1, 0], ["r0", "r1", "r2"]);

        var standardization = Standardization.Fit(data);

        Assert.Equal([3.0, 5.0], standardization.Mean);
        Assert.Equal(1.0 / Math.Sqrt(8.0 / 3.0), standardization.Scale[0], 1e-15);
        Assert.Equal(1.0, standardization.Scale[1]);
    }
}
