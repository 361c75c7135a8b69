using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrleansClassifier.Grains;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Server.Hosting;

/// <summary>Registers the embedded silo and what its model grains need.</summary>
public static class ClassifierSiloExtensions
{
    /// <summary>
    /// Adds an Orleans silo with localhost clustering, the model repository (scanned at start-up) and the
    /// ONNX Runtime session factory.
    /// </summary>
    public static WebApplicationBuilder AddClassifierSilo(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InferenceOptions>().BindConfiguration(InferenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BatchingOptions>().BindConfiguration(BatchingOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => !o.Validate().Any(), "Classifier:Batching is inconsistent: check MaxQueueDelay (0 to 10 s), PreferredBatchRows <= MaxBatchRows <= QueueBoundRows.")
            .ValidateOnStart();
        services.TryAddSingleton<ModelSessionFactory>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ClassifierOptions>>().Value;
            var path = Path.Combine(AppContext.BaseDirectory, options.ModelRepository);
            return ModelRepositoryScanner.Scan(path, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ModelRepositoryScanner)));
        });

        var silo = builder.Configuration.GetSection(SiloOptions.SectionName).Get<SiloOptions>() ?? new SiloOptions();
        builder.UseOrleans(siloBuilder =>
        {
            siloBuilder.UseLocalhostClustering(
                siloPort: silo.SiloPort,
                gatewayPort: silo.GatewayPort,
                serviceId: silo.ServiceId,
                clusterId: silo.ClusterId);
            siloBuilder.AddModelGrains();
        });

        return builder;
    }
}
