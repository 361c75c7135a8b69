using System.Globalization;

namespace OrleansClassifier.Decisions.Statistics;

/// <summary>Range checks shared by the options types; every message starts with the field's dotted name.</summary>
internal static class OptionChecks
{
    public static void Positive(List<string> errors, string field, double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            errors.Add($"{field} must be a finite number > 0");
        }
    }

    public static void OpenUnit(List<string> errors, string field, double value)
    {
        if (!(value > 0 && value < 1))
        {
            errors.Add($"{field} must be in (0, 1)");
        }
    }

    public static void HalfOpenUnit(List<string> errors, string field, double value)
    {
        if (!(value > 0 && value <= 1))
        {
            errors.Add($"{field} must be in (0, 1]");
        }
    }

    public static void ClosedUnit(List<string> errors, string field, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            errors.Add($"{field} must be in [0, 1]");
        }
    }

    public static void Range(List<string> errors, string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{field} must be in [{min}, {max}]"));
        }
    }

    public static void ThrowIfAny(IReadOnlyList<string> errors, string paramName)
    {
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), paramName);
        }
    }
}
