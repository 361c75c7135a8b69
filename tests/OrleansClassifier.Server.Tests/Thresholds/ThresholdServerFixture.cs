using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OrleansClassifier.Abstractions.Thresholds;

namespace OrleansClassifier.Server.Tests.Thresholds;

/// <summary>
/// The real host with thresholds that adapt after 20 observations and move up to 0.5 per update, small flush
/// batches, and an Orleans incoming grain call filter that counts every call to a threshold grain by method.
/// </summary>
public class ThresholdServerFixture : ServerFixture
{
    private readonly string? _databasePath;

    public ThresholdServerFixture()
    {
    }

    internal ThresholdServerFixture(string databasePath) => _databasePath = databasePath;

    public ThresholdCallCounter Calls { get; } = new();

    protected override string DatabasePath => _databasePath ?? base.DatabasePath;

    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Classifier:Thresholds:MinimumObservations=20",
        "--Classifier:Thresholds:MaximumStep=0.5",
        "--Classifier:Thresholds:FrontEnd:FlushBatchSize=64",
    ];

    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<IIncomingGrainCallFilter>(Calls);
}

/// <summary>Counts calls to <see cref="ITenantThresholdGrain"/> per grain key and method name.</summary>
public sealed class ThresholdCallCounter : IIncomingGrainCallFilter
{
    public ConcurrentDictionary<(string Key, string Method), int> Calls { get; } = new();

    public int Count(string key, string method) => Calls.TryGetValue((key, method), out var n) ? n : 0;

    public int Total(string key) => Calls.Where(c => c.Key.Key == key).Sum(c => c.Value);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(ITenantThresholdGrain))
        {
            Calls.AddOrUpdate((context.TargetId.Key.ToString()!, context.InterfaceMethod.Name), 1, (_, n) => n + 1);
        }

        return context.Invoke();
    }
}
