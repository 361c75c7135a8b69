using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansClassifier.Grains.Storage;
using OrleansClassifier.Grains.Thresholds;
using OrleansClassifier.Server.Grpc;
using OrleansClassifier.Server.Thresholds;

namespace OrleansClassifier.Server.Hosting;

/// <summary>Registers per-tenant thresholds: grain options and storage, the front-end cache, aggregate and API.</summary>
public static class ClassifierThresholdsExtensions
{
    /// <summary>
    /// Adds the threshold grains' options and SQLite storage, the front-end parameter cache (which replaces the
    /// fixed default decision source), the score/outcome aggregate with its flush service, and the Thresholds API.
    /// </summary>
    public static IServiceCollection AddClassifierThresholds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TenantThresholdOptions>().BindConfiguration(TenantThresholdOptions.SectionName)
            .Validate(o => o.ToControllerOptions(0.5).Validate().Count == 0, "Classifier:Thresholds is invalid (see the threshold controller's option checks)")
            .ValidateOnStart();
        services.AddOptions<ThresholdFrontEndOptions>().BindConfiguration(ThresholdFrontEndOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.FlushInterval > TimeSpan.Zero && o.ResubscribeInterval > TimeSpan.Zero, "FlushInterval and ResubscribeInterval must be positive")
            .ValidateOnStart();
        var databasePath = configuration.GetSection(ThresholdFrontEndOptions.SectionName).Get<ThresholdFrontEndOptions>()?.DatabasePath
            ?? new ThresholdFrontEndOptions().DatabasePath;
        services.AddSqliteGrainStorage(TenantThresholdOptions.StorageName, o => o.DatabasePath = databasePath);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ThresholdParametersCache>();
        services.Replace(ServiceDescriptor.Singleton<IDecisionParametersSource>(sp => sp.GetRequiredService<ThresholdParametersCache>()));
        services.TryAddSingleton<ThresholdAggregator>();
        services.TryAddSingleton<PredictionRecorder>();
        services.TryAddSingleton<IPredictionRecorder>(sp => sp.GetRequiredService<PredictionRecorder>());
        services.AddHostedService<ThresholdFlushService>();
        services.AddGrpc().AddServiceOptions<ThresholdsService>(options => options.Interceptors.Add<TenantInterceptor>());
        return services;
    }

    /// <summary>Maps the Thresholds API.</summary>
    public static WebApplication MapClassifierThresholds(this WebApplication app)
    {
        app.MapGrpcService<ThresholdsService>();
        return app;
    }
}
