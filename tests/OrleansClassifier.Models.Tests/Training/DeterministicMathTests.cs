using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models.Tests.Training;

public class DeterministicMathTests
{
    [Theory]
    [InlineData(-700.0)]
    [InlineData(-30.5)]
    [InlineData(-1.0)]
    [InlineData(-1e-9)]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(2.718)]
    [InlineData(50.0)]
    [InlineData(700.0)]
    public void Exp_Value_AgreesWithMathExpToFewUlps(double x)
    {
        var expected = Math.Exp(x);

        Assert.Equal(expected, DeterministicMath.Exp(x), expected * 1e-15);
    }

    [Fact]
    public void Exp_Extremes_SaturateAndPropagateNaN()
    {
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Exp(1000));
        Assert.Equal(0.0, DeterministicMath.Exp(-1000));
        Assert.True(double.IsNaN(DeterministicMath.Exp(double.NaN)));
    }

    [Fact]
    public void Sigmoid_OppositeArguments_SumToOne()
    {
        foreach (var x in new[] { 0.0, 0.5, 3.0, 40.0 })
        {
            Assert.Equal(1.0, DeterministicMath.Sigmoid(x) + DeterministicMath.Sigmoid(-x), 1e-15);
        }
    }

    [Fact]
    public void Softmax_LargeLogits_IsStableAndNormalised()
    {
        var probabilities = new double[3];

        DeterministicMath.Softmax([1000.0, 1001.0, 999.0], probabilities);

        Assert.Equal(1.0, probabilities.Sum(), 1e-15);
        Assert.Equal(Math.Exp(1) / (1 + Math.Exp(1) + Math.Exp(-1)), probabilities[1], 1e-12);
    }
}
