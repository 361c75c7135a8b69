using System.Globalization;
using System.Reflection;
using Grpc.Core;
using Grpc.Net.Client;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Servers;

/// <summary>Starts the servers of a run as processes of their own, all on 127.0.0.1, and waits until they answer.</summary>
internal sealed class ServerLauncher(ProcessJanitor janitor, string logDirectory, ExecutionProvider provider)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    /// <summary>The real server (silo + gRPC front-end), from its built <c>OrleansClassifier.Server.dll</c>.</summary>
    public async Task<RunningServer> StartServiceAsync(string serverDll, string repository, CancellationToken cancellationToken)
    {
        var port = Ports.FreeLoopbackPort();
        var siloPort = Ports.FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        string[] arguments =
        [
            serverDll,
            "--urls", address.ToString().TrimEnd('/'),
            $"--Classifier:Silo:SiloPort={siloPort.ToString(CultureInfo.InvariantCulture)}",
            $"--Classifier:Silo:ClusterId=bench-{Guid.NewGuid():N}",
            $"--Classifier:ModelRepository={repository}",
            $"--Classifier:Inference:ExecutionProvider={provider}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:OrleansClassifier=Warning",
        ];
        var child = janitor.Track(ChildProcess.Start(
            BenchDefaults.ServiceTarget, DotnetHost(), arguments, Path.GetDirectoryName(serverDll)!, LogPath(BenchDefaults.ServiceTarget)));
        return await WaitReadyAsync(BenchDefaults.ServiceTarget, address, child, cancellationToken);
    }

    /// <summary>This tool again, serving <paramref name="kind"/> (<c>transport</c> or <c>unbatched</c>).</summary>
    public async Task<RunningServer> StartOwnAsync(string kind, string repository, CancellationToken cancellationToken)
    {
        var port = Ports.FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var (fileName, prefix) = SelfCommand();
        string[] arguments =
        [
            .. prefix,
            "serve-" + kind,
            "--port", port.ToString(CultureInfo.InvariantCulture),
            "--repository", repository,
            "--execution-provider", provider.ToString(),
            "--parent-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
        ];
        var child = janitor.Track(ChildProcess.Start(kind, fileName, arguments, AppContext.BaseDirectory, LogPath(kind)));
        return await WaitReadyAsync(kind, address, child, cancellationToken);
    }

    /// <summary>Waits until <paramref name="address"/> answers ListModels; fails with the process's last words if it exits first.</summary>
    public static async Task<RunningServer> WaitReadyAsync(string name, Uri address, ChildProcess? child, CancellationToken cancellationToken)
    {
        var channel = GrpcChannel.ForAddress(address);
        var client = new Classifier.ClassifierClient(channel);
        var deadline = DateTimeOffsetNow() + (child is null ? TimeSpan.FromSeconds(5) : StartTimeout);
        string last = "no answer";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (child is { HasExited: true })
            {
                channel.Dispose();
                throw new BenchException($"the {name} server exited during start-up: {child.Tail()} (log: {child.LogPath})");
            }

            try
            {
                var models = await client.ListModelsAsync(
                    new ListModelsRequest(),
                    new Metadata { { BenchDefaults.TenantHeader, "bench" } },
                    deadline: TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(2),
                    cancellationToken: cancellationToken);
                return new RunningServer(name, address, channel, models, child);
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
            {
                last = ex.Status.Detail;
            }
            catch (RpcException ex)
            {
                channel.Dispose();
                throw new BenchException($"the {name} server at {address} refused ListModels: {StatusNamesOf(ex)}: {ex.Status.Detail}");
            }

            if (DateTimeOffsetNow() > deadline)
            {
                channel.Dispose();
                throw new BenchException(child is null
                    ? $"cannot reach the service at {address}: {last}"
                    : $"the {name} server did not answer within {StartTimeout.TotalSeconds:0} s: {last} (log: {child.LogPath})");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    /// <summary>The server to start: <c>--server-dll</c>, or the build output next to the repository this tool was built from.</summary>
    public static string LocateServerDll(string? given)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new BenchException($"--server-dll: '{given}' does not exist.");
        }

        var root = RepositoryRoot() ?? throw new BenchException(
            "cannot find the repository (OrleansClassifier.sln) above this tool to locate the server: pass --server-dll or --target.");
        // The configuration this tool was built in first (dotnet run -c Release builds the server alike), then the newest.
        var own = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var candidates = new[] { "Release", "Debug" }
            .Select(c => Path.Combine(root, "src", "OrleansClassifier.Server", "bin", c, "net10.0", "OrleansClassifier.Server.dll"))
            .Where(File.Exists)
            .OrderByDescending(path => path.Contains($"{Path.DirectorySeparatorChar}{own}{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ThenByDescending(File.GetLastWriteTimeUtc)
            .ToArray();
        return candidates.Length > 0
            ? candidates[0]
            : throw new BenchException($"OrleansClassifier.Server.dll is not built under {root}/src/OrleansClassifier.Server/bin: run 'dotnet build -c Release src/OrleansClassifier.Server', or pass --server-dll.");
    }

    /// <summary>The repository root (where OrleansClassifier.sln is) above this tool, or null.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrleansClassifier.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private string LogPath(string name) => Path.Combine(logDirectory, name + ".log");

    private static (string FileName, string[] Prefix) SelfCommand()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var entry = Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase) && entry is { Length: > 0 }
            ? (host, [entry])
            : (host, []);
    }

    private static string DotnetHost()
    {
        var host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return host;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        return root is not null && File.Exists(Path.Combine(root, "dotnet")) ? Path.Combine(root, "dotnet") : "dotnet";
    }

    private static string StatusNamesOf(RpcException ex) => Load.StatusNames.Of(ex.StatusCode);

    private static DateTimeOffset DateTimeOffsetNow() => TimeProvider.System.GetUtcNow();
}
