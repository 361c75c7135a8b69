using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Servers;

/// <summary>The suite's own servers (<c>transport</c>, <c>unbatched</c>): Kestrel, HTTP/2 cleartext on loopback, Grpc.AspNetCore.</summary>
internal static class ServeHost
{
    public static WebApplication Build(string kind, int port, string repository, ExecutionProvider provider)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(options => options.MaxReceiveMessageSize = 4 * 1024 * 1024);
        var catalog = BenchModels.Scan(repository);
        builder.Services.AddSingleton(catalog);
        if (kind == BenchDefaults.UnbatchedTarget)
        {
            builder.Services.AddSingleton(_ => new UnbatchedSessions(catalog, provider));
        }

        var app = builder.Build();
        if (kind == BenchDefaults.UnbatchedTarget)
        {
            // Open the sessions now: the first request should not pay for loading a model.
            _ = app.Services.GetRequiredService<UnbatchedSessions>();
            app.MapGrpcService<UnbatchedService>();
        }
        else
        {
            app.MapGrpcService<TransportService>();
        }

        return app;
    }

    /// <summary>The address Kestrel listens on, once started.</summary>
    public static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Runs until stopped, or until the process that started this one is gone.</summary>
    public static async Task<int> RunAsync(string kind, int port, string repository, ExecutionProvider provider, int parentPid, CancellationToken cancellationToken)
    {
        await using var app = Build(kind, port, repository, provider);
        await app.StartAsync(cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        while (!stop.IsCancellationRequested && ParentAlive(parentPid))
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    private static bool ParentAlive(int pid)
    {
        if (pid <= 0)
        {
            return true;
        }

        try
        {
            using var parent = System.Diagnostics.Process.GetProcessById(pid);
            return !parent.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
