using System.Globalization;
using System.Runtime.InteropServices;

namespace OrleansClassifier.Bench.Reporting;

/// <summary>The machine a run measured on: figures from elsewhere are not comparable without it.</summary>
internal sealed record MachineInfo(
    int LogicalCores,
    string CpuModel,
    double MemoryGiB,
    string OperatingSystem,
    string Architecture,
    string DotNet,
    string OnnxRuntimeProvider,
    string LoadAverageAtStart,
    string? LoadAverageAtEnd)
{
    public static MachineInfo Describe(string provider) => new(
        Environment.ProcessorCount,
        ReadCpuModel(),
        ReadMemoryGiB(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.OSArchitecture.ToString(),
        RuntimeInformation.FrameworkDescription,
        provider,
        LoadAverage(),
        null);

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "n/a".</summary>
    public static string LoadAverage()
    {
        var text = ReadOrNull("/proc/loadavg");
        return text is null ? "n/a" : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
    }

    public string OneLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"{LogicalCores} logical cores ({CpuModel}), {MemoryGiB:0.#} GiB, {OperatingSystem} {Architecture}, {DotNet}, ONNX Runtime {OnnxRuntimeProvider} provider");

    private static string ReadCpuModel()
    {
        var text = ReadOrNull("/proc/cpuinfo");
        var line = text?.Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown CPU" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static double ReadMemoryGiB()
    {
        var text = ReadOrNull("/proc/meminfo");
        var line = text?.Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: >= 2 } && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kib)
            ? kib / 1024.0 / 1024.0
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
