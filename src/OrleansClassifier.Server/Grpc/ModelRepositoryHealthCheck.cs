using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Server.Grpc;

/// <summary>SERVING while at least one model is ready; the description lists those that are not.</summary>
internal sealed class ModelRepositoryHealthCheck(ModelCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var notReady = catalog.Models.Where(m => !m.Ready).Select(m => m.Name).ToArray();
        var ready = catalog.Models.Count - notReady.Length;
        var description = notReady.Length == 0
            ? $"{ready} models ready"
            : $"{ready} models ready; not ready: {string.Join(", ", notReady)}";
        return Task.FromResult(ready > 0 ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy($"no model is ready in {catalog.RepositoryPath}"));
    }
}
