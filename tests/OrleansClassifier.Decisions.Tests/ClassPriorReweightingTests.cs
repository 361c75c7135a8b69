namespace OrleansClassifier.Decisions.Tests;

public class ClassPriorReweightingTests
{
    [Fact]
    public void Decide_ShiftedPriors_ChangesWinner()
    {
        // p·r/π with π = 1/3: [0.5·0.6, 0.3·1.2, 0.2·1.2] = [0.30, 0.36, 0.24]; sum 0.9 -> [0.3333, 0.4, 0.2667]
        var w = new ClassPriorReweighting([0.2, 0.4, 0.4], [1.0 / 3, 1.0 / 3, 1.0 / 3]);
        var d = w.Decide([0.5f, 0.3f, 0.2f]);
        Assert.Equal(1, d.Label);
        Assert.Equal(0.4f, d.Score, 5);
        Assert.Null(d.Threshold);

        Span<float> p = stackalloc float[3];
        w.Reweight([0.5f, 0.3f, 0.2f], p);
        Assert.Equal(1f / 3, p[0], 5);
        Assert.Equal(0.26667f, p[2], 4);
    }

    [Fact]
    public void Decide_UnshiftedPriors_IsPlainArgmax_TieToLowestIndex()
    {
        var w = new ClassPriorReweighting([0.5, 0.5], [0.5, 0.5]);
        Assert.Equal(0, w.Decide([0.5f, 0.5f]).Label);
        Assert.Equal(1, w.Decide([0.4f, 0.6f]).Label);
    }

    [Fact]
    public void Decide_ReweightingCreatesTie_LowestIndexWins()
    {
        // [0.6·0.5/0.5, 0.4·0.75/0.5] = [0.6, 0.6]: tie -> 0
        var w = new ClassPriorReweighting([0.5, 0.75], [0.5, 0.5]);
        Assert.Equal(0, w.Decide([0.6f, 0.4f]).Label);
    }

    [Fact]
    public void Decide_MassOnlyOnZeroRateClasses_FallsBackToInput()
    {
        var w = new ClassPriorReweighting([0, 1], [0.5, 0.5]);
        Assert.Equal(0, w.Decide([1f, 0f]).Label); // 1·0 + 0·2 = 0: unchanged input
        Assert.Equal(1, w.Decide([0.9f, 0.1f]).Label); // [0, 0.2]
    }

    [Fact]
    public void Decide_OneClass_AlwaysThatClass() =>
        Assert.Equal(0, new ClassPriorReweighting([0.3], [1.0]).Decide([1f]).Label);

    [Fact]
    public void Ctor_AllZeroRates_Throws() =>
        Assert.Throws<ArgumentException>(() => new ClassPriorReweighting([0, 0], [0.5, 0.5]));

    [Fact]
    public void Ctor_ZeroTrainingRate_Throws() =>
        Assert.Throws<ArgumentException>(() => new ClassPriorReweighting([0.5, 0.5], [1, 0]));

    [Fact]
    public void Ctor_NaNOrEmptyOrMismatched_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ClassPriorReweighting([double.NaN, 0.5], [0.5, 0.5]));
        Assert.Throws<ArgumentException>(() => new ClassPriorReweighting([], []));
        Assert.Throws<ArgumentException>(() => new ClassPriorReweighting([0.5], [0.5, 0.5]));
    }

    [Fact]
    public void Decide_NaNProbability_Throws() =>
        Assert.Throws<ArgumentException>(() => new ClassPriorReweighting([0.5, 0.5], [0.5, 0.5]).Decide([float.NaN, 1f]));
}
