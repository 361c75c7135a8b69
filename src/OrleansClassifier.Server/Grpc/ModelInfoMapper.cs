using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Server.Grpc;

/// <summary>Maps the model catalog to the API's messages.</summary>
internal static class ModelInfoMapper
{
    public static ModelInfo MapToModelInfo(ModelEntry entry)
    {
        var info = new ModelInfo
        {
            Name = entry.Name,
            Ready = entry.Ready,
            NotReadyReason = entry.Reason ?? string.Empty,
            DefaultVersion = entry.DefaultVersion?.Version ?? 0,
        };
        info.Versions.AddRange(entry.Versions.Select(MapToVersionInfo));
        return info;
    }

    private static ModelVersionInfo MapToVersionInfo(ModelDescriptor descriptor)
    {
        var info = new ModelVersionInfo
        {
            Version = descriptor.Version,
            Ready = descriptor.Ready,
            NotReadyReason = descriptor.NotReadyReason ?? string.Empty,
            FeatureCount = descriptor.FeatureCount,
        };

        if (descriptor.Config is { } config)
        {
            info.Task = config.Task == Inference.ModelTask.Binary ? Contracts.V1.ModelTask.Binary : Contracts.V1.ModelTask.Multiclass;
            info.OutputKind = config.Output == OutputKind.Logits ? "logits" : "probabilities";
            info.ClassNames.AddRange(config.ClassNames);
            if (config.TrainingPositiveRate is { } rate)
            {
                info.TrainingPositiveRate = rate;
            }
        }

        return info;
    }
}
