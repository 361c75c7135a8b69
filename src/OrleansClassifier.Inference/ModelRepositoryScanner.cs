using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace OrleansClassifier.Inference;

/// <summary>
/// Scans a model repository laid out like Triton's: <c>&lt;repository&gt;/&lt;model&gt;/config.json</c> and
/// <c>&lt;repository&gt;/&lt;model&gt;/&lt;version&gt;/model.onnx</c>. A broken model is reported with its path
/// and reason and marked not ready; the scan goes on with the others.
/// </summary>
public static partial class ModelRepositoryScanner
{
    /// <summary>The file name of a version's graph.</summary>
    public const string ModelFileName = "model.onnx";

    /// <summary>Scans the repository.</summary>
    /// <exception cref="DirectoryNotFoundException">The repository folder does not exist.</exception>
    public static ModelCatalog Scan(string repositoryPath, ILogger logger)
    {
        var root = Path.GetFullPath(repositoryPath);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The model repository '{root}' does not exist.");
        }

        var entries = new List<ModelEntry>();
        foreach (var modelDir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(modelDir);
            if (!ModelName().IsMatch(name))
            {
                InferenceLog.SkippedFolder(logger, modelDir);
                continue;
            }

            var entry = ScanModel(root, modelDir, name);
            entries.Add(entry);
            foreach (var version in entry.Versions)
            {
                if (version.Ready)
                {
                    InferenceLog.ModelReady(logger, version.Name, version.Version, version.FeatureCount, version.ClassCount, version.ModelPath);
                }
                else
                {
                    InferenceLog.ModelNotReady(logger, version.Name, version.Version, version.NotReadyReason!);
                }
            }

            if (entry.Versions.Count == 0)
            {
                InferenceLog.ModelNotReady(logger, entry.Name, 0, entry.Reason!);
            }
        }

        return new ModelCatalog(root, entries);
    }

    private static ModelEntry ScanModel(string root, string modelDir, string name)
    {
        var configPath = Path.Combine(modelDir, ModelConfigParser.FileName);
        ModelConfig? config = null;
        string? configProblem = null;
        try
        {
            config = ModelConfigParser.Parse(File.ReadAllText(configPath));
        }
        catch (FileNotFoundException)
        {
            configProblem = $"{Relative(root, configPath)}: missing (every model needs a config.json)";
        }
        catch (ModelConfigException ex)
        {
            configProblem = $"{Relative(root, configPath)}: {ex.Message}";
        }
        catch (IOException ex)
        {
            configProblem = $"{Relative(root, configPath)}: unreadable: {ex.Message}";
        }
        catch (UnauthorizedAccessException ex)
        {
            configProblem = $"{Relative(root, configPath)}: unreadable: {ex.Message}";
        }

        var versions = new List<ModelDescriptor>();
        foreach (var versionDir in Directory.EnumerateDirectories(modelDir))
        {
            if (!long.TryParse(Path.GetFileName(versionDir), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
            {
                continue;
            }

            var modelPath = Path.Combine(versionDir, ModelFileName);
            versions.Add(DescribeVersion(root, name, version, modelPath, config, configProblem));
        }

        versions.Sort((a, b) => a.Version.CompareTo(b.Version));
        return new ModelEntry(name, versions, configProblem);
    }

    private static ModelDescriptor DescribeVersion(string root, string name, long version, string modelPath, ModelConfig? config, string? configProblem)
    {
        var descriptor = new ModelDescriptor { Name = name, Version = version, ModelPath = modelPath, Config = config };
        if (config is null)
        {
            return descriptor with { NotReadyReason = configProblem };
        }

        if (!File.Exists(modelPath))
        {
            return descriptor with { NotReadyReason = $"{Relative(root, modelPath)}: missing" };
        }

        try
        {
            var signature = GraphInspector.Inspect(modelPath, config);
            return descriptor with
            {
                InputName = signature.InputName,
                OutputName = signature.OutputName,
                FeatureCount = signature.FeatureCount,
                OutputColumns = signature.OutputColumns,
            };
        }
        catch (ModelConfigException ex)
        {
            return descriptor with { NotReadyReason = $"{Relative(root, modelPath)}: {ex.Message}" };
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex ModelName();
}
