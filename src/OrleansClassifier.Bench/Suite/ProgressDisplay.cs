using System.Diagnostics;
using System.Globalization;
using OrleansClassifier.Bench.Load;

namespace OrleansClassifier.Bench.Suite;

/// <summary>
/// Progress on standard error: on a terminal, one line rewritten four times a second; otherwise (a log, CI)
/// a line every five seconds. Finished steps print as lines of their own.
/// </summary>
internal sealed class ProgressDisplay(TextWriter error, bool live)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _lastLength;

    public static ProgressDisplay ForConsole(TextWriter error) => new(error, !Console.IsErrorRedirected);

    /// <summary>Shows the counters of a running step until <paramref name="step"/> completes.</summary>
    public async Task<T> TrackAsync<T>(string label, LoadProgress counters, TimeSpan expected, Task<T> step)
    {
        var watch = Stopwatch.StartNew();
        var period = live ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5);
        long lastAnswered = 0;
        var lastTime = TimeSpan.Zero;
        while (await Task.WhenAny(step, Task.Delay(period)) != step)
        {
            var now = watch.Elapsed;
            var answered = counters.Answered;
            var rate = (answered - lastAnswered) / Math.Max(1e-3, (now - lastTime).TotalSeconds);
            (lastAnswered, lastTime) = (answered, now);
            Show(string.Create(
                CultureInfo.InvariantCulture,
                $"[{_total.Elapsed:mm\\:ss}] {label}: {now.TotalSeconds:0}/{expected.TotalSeconds:0} s, {rate:0} req/s, {answered} answered, {counters.Failed} failed"));
        }

        return await step;
    }

    /// <summary>A permanent line (clears the live line first).</summary>
    public void Line(string text)
    {
        lock (_gate)
        {
            Clear();
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_total.Elapsed:mm\\:ss}] {text}"));
        }
    }

    private void Show(string text)
    {
        lock (_gate)
        {
            if (!live)
            {
                error.WriteLine(text);
                return;
            }

            Clear();
            error.Write(text);
            _lastLength = text.Length;
        }
    }

    private void Clear()
    {
        if (live && _lastLength > 0)
        {
            error.Write("\r" + new string(' ', _lastLength) + "\r");
            _lastLength = 0;
        }
    }
}
