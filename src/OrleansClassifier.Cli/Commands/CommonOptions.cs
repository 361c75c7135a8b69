using System.CommandLine;
using Grpc.Core;

namespace OrleansClassifier.Cli.Commands;

/// <summary>Options every command that talks to the service shares, and how their failures read.</summary>
internal static class CommonOptions
{
    public const string DefaultServer = "http://127.0.0.1:5080";

    public static Option<Uri> Server() => new("--server")
    {
        Description = "The service's address.",
        DefaultValueFactory = _ => new Uri(DefaultServer),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : DefaultServer;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }

            result.AddError($"--server must be an http:// or https:// address; got '{text}'.");
            return null;
        },
    };

    public static Option<string> Tenant() => new("--tenant")
    {
        Description = "The tenant id sent in the x-tenant-id header.",
        DefaultValueFactory = _ => "demo",
    };

    /// <summary>One clear line for a failed call, no stack trace.</summary>
    public static int Fail(TextWriter error, Uri server, RpcException ex)
    {
        error.WriteLine(ex.StatusCode == StatusCode.Unavailable
            ? $"error: cannot reach the service at {server}: {ex.Status.Detail}"
            : $"error: {ex.StatusCode}: {ex.Status.Detail}");
        return 2;
    }
}
