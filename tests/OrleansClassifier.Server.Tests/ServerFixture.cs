using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Server.Hosting;
using OrleansClassifier.Tests.Shared;

namespace OrleansClassifier.Server.Tests;

/// <summary>
/// The real host (silo + gRPC front-end) started in-process on a free loopback port, with a real gRPC
/// client over HTTP/2 cleartext.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    public const string Tenant = "tenant-a";

    private WebApplication? _app;

    public GrpcChannel Channel { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public Classifier.ClassifierClient Client => new(Channel);

    public static Metadata TenantHeaders(string tenant = Tenant) => new() { { "x-tenant-id", tenant } };

    /// <summary>The model repository the host serves; the demo repository unless a subclass says otherwise.</summary>
    protected virtual string ModelRepository => TestPaths.DemoModelRepository;

    protected virtual IEnumerable<string> ExtraArguments => [];

    /// <summary>The SQLite file the threshold grains persist to: a fresh temporary file unless a subclass says otherwise.</summary>
    protected virtual string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"oc-server-{Guid.NewGuid():N}.db");

    /// <summary>The host's services (after start).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>A last chance for a subclass to change the host builder.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    public async ValueTask InitializeAsync()
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Classifier:ModelRepository={ModelRepository}",
            $"--Classifier:Silo:SiloPort={TestPaths.FreePort()}",
            $"--Classifier:Silo:ClusterId=test-{Guid.NewGuid():N}",
            "--Classifier:Inference:ExecutionProvider=Cpu",
            "--Classifier:Inference:IntraOpThreads=1",
            "--Logging:LogLevel:Default=Warning",
            $"--Classifier:Thresholds:FrontEnd:DatabasePath={DatabasePath}",
            .. ExtraArguments,
        ];
        _app = ClassifierHost.Build(args, Configure);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.Single());
        Channel = GrpcChannel.ForAddress(Address, new GrpcChannelOptions { MaxSendMessageSize = null });
    }

    public async ValueTask DisposeAsync()
    {
        Channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
