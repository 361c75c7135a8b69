using System.Globalization;

namespace OrleansClassifier.Abstractions;

/// <summary>The key of a model grain: <c>name/version/replica</c>. Each replica is its own activation.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Version">The model version.</param>
/// <param name="Replica">The replica index, from 0.</param>
public readonly record struct ModelGrainKey(string Model, long Version, int Replica)
{
    /// <summary>The key as a string.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Model}/{Version}/{Replica}");

    /// <summary>Parses <c>name/version/replica</c>.</summary>
    public static bool TryParse(string key, out ModelGrainKey parsed)
    {
        parsed = default;
        var last = key.LastIndexOf('/');
        var middle = last > 0 ? key.LastIndexOf('/', last - 1) : -1;
        if (middle <= 0
            || !long.TryParse(key.AsSpan(middle + 1, last - middle - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !int.TryParse(key.AsSpan(last + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var replica))
        {
            return false;
        }

        parsed = new ModelGrainKey(key[..middle], version, replica);
        return true;
    }
}
