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

/// <summary>Counts calls to <see cref="ITenantThresholdGrain"/> per method name.</summary>
public sealed class ThresholdCallCounter : IIncomingGrainCallFilter
{
    public ConcurrentDictionary<string, int> ByMethod { get; } = new();

    public int Count(string method) => ByMethod.TryGetValue(method, out var n) ? n : 0;

    public int Total => ByMethod.Values.Sum();

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(ITenantThresholdGrain))
        {
            ByMethod.AddOrUpdate(context.InterfaceMethod.Name, 1, (_, n) => n + 1);
        }

        return context.Invoke();
    }
}
