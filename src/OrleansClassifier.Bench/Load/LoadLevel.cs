using System.Globalization;

namespace OrleansClassifier.Bench.Load;

/// <summary>One load level: closed (<see cref="Streams"/> streams × <see cref="InFlight"/> each) or open (a request rate).</summary>
internal sealed record LoadLevel(bool Open, int Streams, int InFlight, double Rate, ArrivalKind Arrivals)
{
    public static LoadLevel Closed(int streams, int inFlight) => new(false, streams, inFlight, 0, ArrivalKind.Uniform);

    public static LoadLevel OpenAt(double rate, int streams, ArrivalKind arrivals) => new(true, streams, 0, rate, arrivals);

    public string Mode => Open ? "open" : "closed";

    public string Label => Open
        ? string.Create(CultureInfo.InvariantCulture, $"{Rate:0} req/s {Arrivals.ToString().ToLowerInvariant()}")
        : string.Create(CultureInfo.InvariantCulture, $"{Streams}x{InFlight}");

    /// <summary>Parses <c>NxK</c> (N streams, K in flight each), e.g. <c>4x16</c>.</summary>
    public static bool TryParseClosed(string text, out LoadLevel? level)
    {
        level = null;
        var parts = text.Trim().Split('x', 'X');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var streams)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var inFlight)
            && streams is > 0 and <= 1024 && inFlight is > 0 and <= 4096)
        {
            level = Closed(streams, inFlight);
            return true;
        }

        return false;
    }
}
