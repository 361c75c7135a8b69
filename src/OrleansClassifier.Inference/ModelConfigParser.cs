using System.Text.Json;

namespace OrleansClassifier.Inference;

/// <summary>
/// Reads a model's <c>config.json</c>. Raw keys are read here and nowhere else; every problem is reported
/// as a <see cref="ModelConfigException"/> naming the field.
/// </summary>
public static class ModelConfigParser
{
    /// <summary>The file name of a model's config, beside its version folders.</summary>
    public const string FileName = "config.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Parses and validates the text of a config file.</summary>
    /// <exception cref="ModelConfigException">The config is malformed or inconsistent.</exception>
    public static ModelConfig Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new ModelConfigException($"{FileName} is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ModelConfigException($"{FileName} must hold a JSON object.");
            }

            var task = ReadEnum(root, "task", required: true, ("binary", ModelTask.Binary), ("multiclass", ModelTask.Multiclass));
            var output = ReadEnum(root, "output", required: false, ("probabilities", OutputKind.Probabilities), ("logits", OutputKind.Logits));
            var inputName = ReadString(root, "inputName");
            var outputName = ReadString(root, "outputName");
            var classNames = ReadClassNames(root, task);
            var positiveRate = ReadPositiveRate(root, task);
            var description = ReadString(root, "description");
            var batching = ReadBatching(root);

            return new ModelConfig(task, output == default ? OutputKind.Probabilities : output, inputName, outputName, classNames, positiveRate, description, batching);
        }
    }

    private static T ReadEnum<T>(JsonElement root, string name, bool required, params (string Text, T Value)[] choices)
        where T : struct, Enum
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return required
                ? throw new ModelConfigException($"{FileName}: '{name}' is required (one of {string.Join(", ", choices.Select(c => c.Text))}).")
                : default;
        }

        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        foreach (var (choice, value) in choices)
        {
            if (string.Equals(text, choice, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new ModelConfigException($"{FileName}: '{name}' must be one of {string.Join(", ", choices.Select(c => c.Text))}; got {element.GetRawText()}.");
    }

    private static string? ReadString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
        {
            throw new ModelConfigException($"{FileName}: '{name}' must be a non-empty string; got {element.GetRawText()}.");
        }

        return element.GetString();
    }

    private static string[] ReadClassNames(JsonElement root, ModelTask task)
    {
        if (!root.TryGetProperty("classNames", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (task == ModelTask.Binary)
            {
                return ["0", "1"];
            }

            throw new ModelConfigException($"{FileName}: 'classNames' is required for a multiclass model (one name per class).");
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new ModelConfigException($"{FileName}: 'classNames' must be an array of strings; got {element.GetRawText()}.");
        }

        var names = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw new ModelConfigException($"{FileName}: 'classNames' must hold non-empty strings; got {item.GetRawText()}.");
            }

            names.Add(item.GetString()!);
        }

        if (task == ModelTask.Binary && names.Count != 2)
        {
            throw new ModelConfigException($"{FileName}: a binary model needs exactly 2 'classNames' (negative, positive); got {names.Count}.");
        }

        if (task == ModelTask.Multiclass && names.Count < 2)
        {
            throw new ModelConfigException($"{FileName}: a multiclass model needs at least 2 'classNames'; got {names.Count}.");
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ModelConfigException($"{FileName}: 'classNames' must be distinct.");
        }

        return [.. names];
    }

    private static BatchingOverrides? ReadBatching(JsonElement root)
    {
        if (!root.TryGetProperty("batching", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ModelConfigException($"{FileName}: 'batching' must be an object; got {element.GetRawText()}.");
        }

        var delayMs = ReadInt(element, "maxQueueDelayMs", 0, 10_000);
        var overrides = new BatchingOverrides(
            ReadInt(element, "maxBatchRows", 1, 1_000_000),
            ReadInt(element, "preferredBatchRows", 1, 1_000_000),
            delayMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
            ReadInt(element, "queueBoundRows", 1, 100_000_000),
            ReadInt(element, "maxConcurrentBatches", 1, 64),
            ReadInt(element, "replicas", 1, 256));
        if (overrides.MaxBatchRows is not null && overrides.QueueBoundRows is not null && overrides.QueueBoundRows < overrides.MaxBatchRows)
        {
            throw new ModelConfigException($"{FileName}: 'batching.queueBoundRows' ({overrides.QueueBoundRows}) must be at least 'batching.maxBatchRows' ({overrides.MaxBatchRows}).");
        }

        if (overrides.PreferredBatchRows is not null && overrides.MaxBatchRows is not null && overrides.PreferredBatchRows > overrides.MaxBatchRows)
        {
            throw new ModelConfigException($"{FileName}: 'batching.preferredBatchRows' ({overrides.PreferredBatchRows}) must not exceed 'batching.maxBatchRows' ({overrides.MaxBatchRows}).");
        }

        return overrides;
    }

    private static int? ReadInt(JsonElement parent, string name, int min, int max)
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value) || value < min || value > max)
        {
            throw new ModelConfigException($"{FileName}: 'batching.{name}' must be an integer from {min} to {max}; got {element.GetRawText()}.");
        }

        return value;
    }

    private static double? ReadPositiveRate(JsonElement root, ModelTask task)
    {
        if (!root.TryGetProperty("trainingPositiveRate", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (task != ModelTask.Binary)
        {
            throw new ModelConfigException($"{FileName}: 'trainingPositiveRate' applies to binary models only.");
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var rate) || !(rate > 0 && rate < 1))
        {
            throw new ModelConfigException($"{FileName}: 'trainingPositiveRate' must be a number strictly between 0 and 1; got {element.GetRawText()}.");
        }

        return rate;
    }
}
