namespace OrleansClassifier.Abstractions.Thresholds;

/// <summary>The key of a <see cref="ITenantThresholdGrain"/>: <c>{tenant}/{model}</c> (tenant ids hold no '/').</summary>
public static class ThresholdGrainKey
{
    /// <summary>Formats the key.</summary>
    public static string Format(string tenant, string model) => $"{tenant}/{model}";

    /// <summary>Splits a key into tenant and model.</summary>
    public static (string Tenant, string Model) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? throw new ArgumentException($"'{key}' is not a threshold grain key ({{tenant}}/{{model}})", nameof(key))
            : (key[..slash], key[(slash + 1)..]);
    }
}
