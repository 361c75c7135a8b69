using OrleansClassifier.Models.Data;

namespace OrleansClassifier.Models.Tests.Data;

public class BreastCancerDataTests
{
    [Fact]
    public void Load_EmbeddedCsv_Has569RowsAnd30FeaturesAnd212Malignant()
    {
        var data = BreastCancerData.Load();

        Assert.Equal(569, data.RowCount);
        Assert.Equal(30, data.FeatureCount);
        Assert.Equal(212, data.Labels.Count(l => l == 1));
        Assert.Equal("mean_radius", data.FeatureNames[0]);
        Assert.Equal("worst_fractal_dimension", data.FeatureNames[^1]);
        Assert.Equal(17.99, data.Row(0)[0]);
        Assert.Equal("bc-0000", data.RowIds[0]);
    }

    [Fact]
    public void Parse_WrongLabelColumn_Throws()
    {
        Assert.Throws<FormatException>(() => BreastCancerData.Parse(new StringReader("a,b\n1,0\n")));
    }
}
