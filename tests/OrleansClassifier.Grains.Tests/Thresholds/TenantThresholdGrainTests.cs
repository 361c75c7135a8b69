using Microsoft.Extensions.DependencyInjection;
using OrleansClassifier.Abstractions.Thresholds;

namespace OrleansClassifier.Grains.Tests.Thresholds;

public sealed class TenantThresholdGrainTests(ThresholdClusterFixture fixture) : IClassFixture<ThresholdClusterFixture>
{
    private static readonly Dictionary<string, double> NoParameters = [];

    private ITenantThresholdGrain Grain(string tenant, string model = "m") =>
        fixture.Cluster.Client.GetGrain<ITenantThresholdGrain>(ThresholdGrainKey.Format(tenant, model));

    /// <summary>n outcomes, every (1/rate)-th positive, with scores that put the positives high.</summary>
    private static ThresholdObservations Outcomes(int n, int positiveEvery, double pi = 0.5)
    {
        var labels = new bool[n];
        var scores = new float[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = i % positiveEvery == 0;
            scores[i] = labels[i] ? 0.8f : 0.2f;
        }

        return new ThresholdObservations(pi, [], labels, scores, null);
    }

    [Fact]
    public async Task Record_LabelsAtTenPercent_ImbalanceMidpointMovesToSeventyHundredths()
    {
        var grain = Grain("rates");
        await grain.RecordAsync(Outcomes(200, 10));

        var status = await grain.GetStatusAsync(10);
        Assert.Equal("labels", status.RateSource);
        Assert.Equal(0.1, status.Rate!.Value, 2);
        Assert.Equal(200, status.LabelledObservations);
        Assert.Equal(20, status.PositiveLabels);
        Assert.True(status.RateLower < 0.1 && status.RateUpper > 0.1);
        // t = 0.75 − r/2 with π = 0.5.
        Assert.Equal(0.75 - (status.Rate.Value / 2), status.Current.Threshold, 3);
        Assert.Equal("imbalance_midpoint", status.Current.Policy);
    }

    [Fact]
    public async Task Record_ScoresOnly_EstimatesPriorAndRecordsVersionedHistory()
    {
        var grain = Grain("scores");
        var scores = Enumerable.Range(0, 400).Select(i => i % 4 == 0 ? 0.9f : 0.1f).ToArray();
        await grain.RecordAsync(new ThresholdObservations(0.5, scores, [], [], null));

        var status = await grain.GetStatusAsync(10);
        Assert.Equal("scores", status.RateSource);
        Assert.Equal(400, status.ScoredObservations);
        Assert.InRange(status.Rate!.Value, 0.15, 0.35);
        Assert.NotEmpty(status.History);
        var last = status.History[^1];
        Assert.Equal(status.Current.Version, last.Version);
        Assert.Contains("imbalance_midpoint", last.Reason, StringComparison.Ordinal);
        Assert.Equal(status.History.Select(h => h.Version).OrderBy(v => v), status.History.Select(h => h.Version));
    }

    [Fact]
    public async Task SetPolicy_Fixed_NewVersionAndThreshold_BadParameterNamesField()
    {
        var grain = Grain("policy");
        var before = (await grain.GetStatusAsync(0)).Current.Version;

        var ok = await grain.SetPolicyAsync(new ThresholdPolicySpec("fixed", new Dictionary<string, double> { ["threshold"] = 0.3 }));
        Assert.Empty(ok.Errors);
        Assert.Equal(0.3f, ok.Status!.Current.Threshold);
        Assert.Equal("fixed", ok.Status.Current.Policy);
        Assert.True(ok.Status.Current.Version > before);

        var bad = await grain.SetPolicyAsync(new ThresholdPolicySpec("fixed", new Dictionary<string, double> { ["threshold"] = 1.5 }));
        Assert.Null(bad.Status);
        Assert.Contains("fixed.threshold", bad.Errors.Single(), StringComparison.Ordinal);

        var unknown = await grain.SetPolicyAsync(new ThresholdPolicySpec("cost", new Dictionary<string, double> { ["nonsense"] = 1 }));
        Assert.Contains("cost.nonsense", unknown.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal(0.3f, (await grain.GetStatusAsync(0)).Current.Threshold);
    }

    [Fact]
    public async Task Deactivation_StateSurvives_ThresholdVersionAndStatistics()
    {
        var grain = Grain("persist");
        await grain.RecordAsync(Outcomes(100, 5));
        var before = await grain.GetStatusAsync(32);

        await fixture.Cluster.DeactivateAsync(grain);
        var after = await grain.GetStatusAsync(32);

        Assert.Equal(before.Current, after.Current with { ClassRates = before.Current.ClassRates });
        Assert.Equal(before.LabelledObservations, after.LabelledObservations);
        Assert.Equal(before.Rate, after.Rate);
        Assert.Equal(before.History.Length, after.History.Length);
    }

    [Fact]
    public async Task ResetStatistics_ForgetsCounts_KeepsVersionRising()
    {
        var grain = Grain("reset");
        await grain.RecordAsync(Outcomes(100, 10));
        var before = await grain.GetStatusAsync(0);

        var after = await grain.ResetStatisticsAsync();

        Assert.Equal(0, after.LabelledObservations);
        Assert.Equal(0.5f, after.Current.Threshold);
        Assert.True(after.Current.Version > before.Current.Version);
    }

    [Fact]
    public async Task PolicyChange_PushedToObserversOnBothSilos()
    {
        var grain = Grain("push");
        var observers = new List<RecordingObserver>();
        foreach (var silo in fixture.Cluster.Silos)
        {
            var observer = new RecordingObserver();
            observers.Add(observer);
            var reference = silo.ServiceProvider.GetRequiredService<IGrainFactory>().CreateObjectReference<IThresholdObserver>(observer);
            // Subscribe from that silo, as its front-end does.
            await silo.ServiceProvider.GetRequiredService<IGrainFactory>()
                .GetGrain<ITenantThresholdGrain>(ThresholdGrainKey.Format("push", "m")).SubscribeAsync(reference, 0.5);
        }

        var result = await grain.SetPolicyAsync(new ThresholdPolicySpec("fixed", new Dictionary<string, double> { ["threshold"] = 0.42 }));
        var version = result.Status!.Current.Version;

        foreach (var observer in observers)
        {
            var update = await observer.WaitForVersionAsync(version).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            Assert.Equal(0.42f, update.Threshold);
            Assert.Equal("fixed", update.Policy);
            Assert.Equal("push", update.Tenant);
        }

        Assert.Equal(2, fixture.Cluster.Silos.Count);
        GC.KeepAlive(observers);
    }

    [Fact]
    public async Task ClassPrior_ValidRates_CarriedInUpdate()
    {
        var grain = Grain("multi", "three");
        var result = await grain.SetPolicyAsync(new ThresholdPolicySpec(ThresholdPolicySpec.ClassPrior, new Dictionary<string, double>
        {
            ["class_rate.0"] = 0.2, ["class_rate.1"] = 0.3, ["class_rate.2"] = 0.5,
        }));
        Assert.Equal([0.2, 0.3, 0.5], result.Status!.Current.ClassRates!);

        var bad = await grain.SetPolicyAsync(new ThresholdPolicySpec(ThresholdPolicySpec.ClassPrior, new Dictionary<string, double> { ["rate"] = 1 }));
        Assert.Contains("class_prior.rate", bad.Errors.Single(), StringComparison.Ordinal);
        _ = NoParameters;
    }

    private sealed class RecordingObserver : IThresholdObserver
    {
        private readonly List<(long Version, TaskCompletionSource<ThresholdUpdate> Done)> _waiters = [];
        private readonly List<ThresholdUpdate> _seen = [];

        public Task OnThresholdChangedAsync(ThresholdUpdate update)
        {
            lock (_waiters)
            {
                _seen.Add(update);
                foreach (var w in _waiters.Where(w => update.Version >= w.Version))
                {
                    w.Done.TrySetResult(update);
                }
            }

            return Task.CompletedTask;
        }

        public Task<ThresholdUpdate> WaitForVersionAsync(long version)
        {
            lock (_waiters)
            {
                var seen = _seen.LastOrDefault(u => u.Version >= version);
                if (seen is not null)
                {
                    return Task.FromResult(seen);
                }

                var done = new TaskCompletionSource<ThresholdUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((version, done));
                return done.Task;
            }
        }
    }
}
