using Microsoft.Extensions.Logging.Abstractions;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Servers;

/// <summary>The model repository as the suite's own servers see it: the catalog, and its API description.</summary>
internal static class BenchModels
{
    public static ModelCatalog Scan(string repository) => ModelRepositoryScanner.Scan(repository, NullLogger.Instance);

    public static ModelInfo Describe(ModelEntry entry)
    {
        var info = new ModelInfo
        {
            Name = entry.Name,
            Ready = entry.Ready,
            NotReadyReason = entry.Reason ?? string.Empty,
            DefaultVersion = entry.DefaultVersion?.Version ?? 0,
        };
        foreach (var descriptor in entry.Versions)
        {
            var version = new ModelVersionInfo
            {
                Version = descriptor.Version,
                Ready = descriptor.Ready,
                NotReadyReason = descriptor.NotReadyReason ?? string.Empty,
                FeatureCount = descriptor.FeatureCount,
            };
            if (descriptor.Config is { } config)
            {
                version.Task = config.Task == Inference.ModelTask.Binary ? Contracts.V1.ModelTask.Binary : Contracts.V1.ModelTask.Multiclass;
                version.ClassNames.AddRange(config.ClassNames);
            }

            info.Versions.Add(version);
        }

        return info;
    }
}
