using Microsoft.Extensions.Options;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>
/// Flushes the aggregates on a timer (<see cref="TimeProvider"/>), renews subscriptions, and flushes what is left
/// at a graceful stop. It is registered after the silo, so it stops before the silo does.
/// </summary>
internal sealed class ThresholdFlushService(
    ThresholdAggregator aggregator,
    ThresholdParametersCache cache,
    IOptions<ThresholdFrontEndOptions> options,
    TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.FlushInterval;
        var renewEvery = Math.Max(1, (int)(options.Value.ResubscribeInterval / interval));
        using var timer = new PeriodicTimer(interval, time);
        var ticks = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await aggregator.FlushAllAsync();
                if (++ticks % renewEvery == 0)
                {
                    await cache.ResubscribeAllAsync();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync flushes.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await aggregator.FlushAllAsync();
    }
}
