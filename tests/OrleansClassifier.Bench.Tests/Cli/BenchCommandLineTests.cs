using OrleansClassifier.Bench.Cli;
using OrleansClassifier.Bench.Load;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Tests.Cli;

public class BenchCommandLineTests
{
    [Fact]
    public void NoArguments_DefaultPreset_AllModelsAndTargets()
    {
        Assert.True(BenchCommandLine.TryParse([], out var settings, out var error), error);
        Assert.Equal("default", settings!.Preset);
        Assert.Equal(["breast-cancer", "gaussian-3class", "heavy-mlp"], settings.Models);
        Assert.False(settings.ModelsGiven);
        Assert.Equal(["service", "unbatched", "transport", "compute"], settings.Targets);
        Assert.Equal(["1x1", "1x8", "4x16"], settings.ClosedLevels.Select(l => l.Label));
        Assert.Equal([0.5, 0.9], settings.OpenFractions);
        Assert.Equal(ArrivalKind.Poisson, settings.Arrivals);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.Timing.Warmup);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.Timing.Duration);
        Assert.Equal(1, settings.InstancesPerRequest);
        Assert.Equal(2, settings.Tenants);
        Assert.Equal(["bench-tenant-0", "bench-tenant-1"], settings.TenantNames);
        Assert.Null(settings.Target);
        Assert.Equal(ExecutionProvider.Auto, settings.ExecutionProvider);
    }

    [Fact]
    public void QuickPreset_ShortTimingsOneModel()
    {
        Assert.True(BenchCommandLine.TryParse(["--preset", "quick"], out var settings, out var error), error);
        Assert.Equal(["breast-cancer"], settings!.Models);
        Assert.True(settings.Timing.Duration <= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void EveryOption_Parsed()
    {
        string[] args =
        [
            "--models", "heavy-mlp, breast-cancer", "--targets", "service,compute", "--closed", "2x4,8X32", "--rates", "100,2500.5",
            "--open-streams", "3", "--arrivals", "uniform", "--warmup", "500ms", "--duration", "2s", "--drain", "1.5", "--repeats", "3",
            "--instances", "16", "--tenants", "5", "--probabilities", "--batch-sizes", "1,64", "--ceiling-time", "250ms", "--seed", "7",
            "--target", "http://127.0.0.1:5080", "--execution-provider", "cpu", "--out", "x/y",
        ];
        Assert.True(BenchCommandLine.TryParse(args, out var settings, out var error), error);
        Assert.Equal(["heavy-mlp", "breast-cancer"], settings!.Models);
        Assert.True(settings.ModelsGiven);
        Assert.Equal(["service", "compute"], settings.Targets);
        Assert.Equal([(2, 4), (8, 32)], settings.ClosedLevels.Select(l => (l.Streams, l.InFlight)));
        Assert.Equal([100, 2500.5], settings.OpenRates);
        Assert.Equal(3, settings.OpenStreams);
        Assert.Equal(ArrivalKind.Uniform, settings.Arrivals);
        Assert.Equal(new LoadTiming(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1.5)), settings.Timing);
        Assert.Equal(3, settings.Repeats);
        Assert.Equal(16, settings.InstancesPerRequest);
        Assert.Equal(5, settings.Tenants);
        Assert.True(settings.ReturnProbabilities);
        Assert.Equal([1, 64], settings.BatchSizes);
        Assert.Equal(TimeSpan.FromMilliseconds(250), settings.CeilingTimePerBatch);
        Assert.Equal(7, settings.Seed);
        Assert.Equal(new Uri("http://127.0.0.1:5080"), settings.Target);
        Assert.Equal(ExecutionProvider.Cpu, settings.ExecutionProvider);
        Assert.Equal("x/y", settings.OutputDirectory);
    }

    [Theory]
    [InlineData("--preset", "slow", "slow")]
    [InlineData("--targets", "service,gpu", "--targets")]
    [InlineData("--closed", "4by16", "--closed")]
    [InlineData("--closed", "0x4", "--closed")]
    [InlineData("--open", "0", "--open")]
    [InlineData("--rates", "fast", "--rates")]
    [InlineData("--arrivals", "bursty", "bursty")]
    [InlineData("--warmup", "soon", "--warmup")]
    [InlineData("--duration", "10ms", "--duration")]
    [InlineData("--duration", "2h", "--duration")]
    [InlineData("--repeats", "0", "--repeats")]
    [InlineData("--repeats", "x", "--repeats")]
    [InlineData("--instances", "5000", "--instances")]
    [InlineData("--tenants", "-1", "--tenants")]
    [InlineData("--open-streams", "1000", "--open-streams")]
    [InlineData("--batch-sizes", "8,0", "--batch-sizes")]
    [InlineData("--seed", "abc", "--seed")]
    [InlineData("--target", "ftp://host", "--target")]
    [InlineData("--target", "not a url", "--target")]
    [InlineData("--execution-provider", "tpu", "tpu")]
    [InlineData("--models", ",", "--models")]
    public void BadValue_OneErrorNamingIt(string option, string value, string expected)
    {
        Assert.False(BenchCommandLine.TryParse([option, value], out var settings, out var error));
        Assert.Null(settings);
        Assert.Contains(expected, error!, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error!);
    }

    [Fact]
    public void UnknownFlag_Rejected()
    {
        Assert.False(BenchCommandLine.TryParse(["--bogus"], out _, out var error));
        Assert.Contains("--bogus", error!, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetWithServerDll_Rejected()
    {
        Assert.False(BenchCommandLine.TryParse(["--target", "http://127.0.0.1:1", "--server-dll", "x.dll"], out _, out var error));
        Assert.Contains("exclude each other", error!, StringComparison.Ordinal);
    }
}
