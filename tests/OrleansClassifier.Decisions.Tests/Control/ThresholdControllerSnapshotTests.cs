using System.Text.Json;
using OrleansClassifier.Decisions.Control;
using OrleansClassifier.Decisions.Policies;

namespace OrleansClassifier.Decisions.Tests.Control;

public class ThresholdControllerSnapshotTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Snapshot_ThroughJson_RoundTripsAllState()
    {
        var options = ThresholdControllerTests.Options();
        var c = new ThresholdController(new MaxFBetaPolicy(), options);
        for (var i = 0; i < 30; i++)
        {
            var positive = i % 3 == 0;
            c.ObserveScore(positive ? 0.8 : 0.3);
            c.ObserveOutcome(positive, positive ? 0.8 : 0.3);
        }

        c.Update(T0);
        c.Update(T0.AddMinutes(1));

        var json = JsonSerializer.Serialize(c.ToSnapshot());
        var restored = ThresholdController.FromSnapshot(
            new MaxFBetaPolicy(), options, JsonSerializer.Deserialize<ThresholdControllerSnapshot>(json)!);

        Assert.Equal(json, JsonSerializer.Serialize(restored.ToSnapshot()));
        Assert.Equal(c.Current, restored.Current);
        Assert.Equal(c.History, restored.History);

        // and both carry on identically
        Assert.Equal(c.Update(T0.AddMinutes(2)), restored.Update(T0.AddMinutes(2)));
        Assert.Equal(c.CurrentRate(), restored.CurrentRate());
    }

    [Fact]
    public void FromSnapshot_BinCountMismatch_Throws()
    {
        var options = ThresholdControllerTests.Options();
        var snapshot = new ThresholdController(new FixedPolicy(), options).ToSnapshot();
        options.Scores.BinCount = 50;
        Assert.Throws<ArgumentException>(() => ThresholdController.FromSnapshot(new FixedPolicy(), options, snapshot));
    }
}
