using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansClassifier.Server.Dispatch;
using OrleansClassifier.Server.Grpc;

namespace OrleansClassifier.Server.Hosting;

/// <summary>Registers and maps the gRPC front-end.</summary>
public static class ClassifierFrontEndExtensions
{
    /// <summary>Adds the gRPC services, the tenant interceptor, health checks and reflection.</summary>
    public static IServiceCollection AddClassifierFrontEnd(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClassifierOptions>().BindConfiguration(ClassifierOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var maxMessage = configuration.GetSection(ClassifierOptions.SectionName).Get<ClassifierOptions>()?.MaxReceiveMessageSize
            ?? new ClassifierOptions().MaxReceiveMessageSize;

        services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = maxMessage;
            options.EnableDetailedErrors = false;
        }).AddServiceOptions<ClassifierService>(options => options.Interceptors.Add<TenantInterceptor>());

        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<ModelRepositoryHealthCheck>("models");
        services.TryAddSingleton<IDecisionParametersSource, DefaultDecisionParametersSource>();
        services.TryAddSingleton<InferenceDispatcher>();
        services.TryAddSingleton<ClassificationPipeline>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddClassifierThresholds(configuration);
        return services;
    }

    /// <summary>Maps the gRPC services and makes the model repository scan happen at start-up.</summary>
    public static WebApplication MapClassifierFrontEnd(this WebApplication app)
    {
        // Scan the repository now, so that broken models are reported at start-up, not at the first call.
        _ = app.Services.GetRequiredService<Inference.ModelCatalog>();
        app.MapGrpcService<ClassifierService>();
        app.MapClassifierThresholds();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
