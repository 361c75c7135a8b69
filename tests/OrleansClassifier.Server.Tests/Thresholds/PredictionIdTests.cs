using OrleansClassifier.Server.Thresholds;

namespace OrleansClassifier.Server.Tests.Thresholds;

public sealed class PredictionIdTests
{
    [Fact]
    public void Encode_Decode_RoundTrips()
    {
        var id = new PredictionId("breast-cancer", 3, 0.8125f, long.MaxValue - 7);
        Assert.True(PredictionId.TryDecode(id.Encode(), out var back));
        Assert.Equal(id, back);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    [InlineData("!!!!")]
    [InlineData("AQ")]
    public void TryDecode_Garbage_False(string text) => Assert.False(PredictionId.TryDecode(text, out _));

    [Fact]
    public void Encode_UniquePerPrediction_ScoreOutOfRange_Rejected()
    {
        Assert.NotEqual(new PredictionId("m", 1, 0.5f, 1).Encode(), new PredictionId("m", 1, 0.5f, 2).Encode());
        Assert.False(PredictionId.TryDecode(new PredictionId("m", 1, 1.5f, 1).Encode(), out _));
    }

    [Fact]
    public void RecentPredictions_Bounded_OldestGenerationDropped()
    {
        var recent = new RecentPredictions(4);
        for (var i = 0; i < 10; i++)
        {
            recent.Remember("t", "m", $"i{i}", i / 10f);
        }

        Assert.True(recent.TryGet("t", "m", "i9", out var score));
        Assert.Equal(0.9f, score);
        Assert.False(recent.TryGet("t", "m", "i0", out _));
        Assert.False(recent.TryGet("other", "m", "i9", out _));
    }
}
