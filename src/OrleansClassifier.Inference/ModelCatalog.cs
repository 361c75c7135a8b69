using System.Diagnostics.CodeAnalysis;

namespace OrleansClassifier.Inference;

/// <summary>The models found in the repository at start-up: what exists, what is ready, and why not.</summary>
public sealed class ModelCatalog
{
    private readonly Dictionary<string, ModelEntry> _models;

    /// <summary>Creates a catalog over entries.</summary>
    public ModelCatalog(string repositoryPath, IEnumerable<ModelEntry> models)
    {
        RepositoryPath = repositoryPath;
        _models = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        Models = [.. _models.Values.OrderBy(m => m.Name, StringComparer.Ordinal)];
    }

    /// <summary>The repository folder scanned.</summary>
    public string RepositoryPath { get; }

    /// <summary>The models, by name.</summary>
    public IReadOnlyList<ModelEntry> Models { get; }

    /// <summary>Finds a model by name.</summary>
    public bool TryGetModel(string name, [NotNullWhen(true)] out ModelEntry? model) => _models.TryGetValue(name, out model);

    /// <summary>Finds a model version by its grain key (<c>name/version</c>).</summary>
    public bool TryGetByKey(string key, [NotNullWhen(true)] out ModelDescriptor? descriptor)
    {
        descriptor = null;
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !long.TryParse(key.AsSpan(slash + 1), out var version) || !_models.TryGetValue(key[..slash], out var model))
        {
            return false;
        }

        descriptor = model.Versions.FirstOrDefault(v => v.Version == version);
        return descriptor is not null;
    }
}
