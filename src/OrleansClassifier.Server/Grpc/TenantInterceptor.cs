using System.Text.RegularExpressions;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;
using OrleansClassifier.Server.Hosting;

namespace OrleansClassifier.Server.Grpc;

/// <summary>
/// Resolves the tenant of every call from its metadata (never from the message), so that authentication can
/// replace the header later without an API change. A call without a valid tenant fails UNAUTHENTICATED.
/// </summary>
internal sealed partial class TenantInterceptor(IOptions<ClassifierOptions> options) : Interceptor
{
    private const string TenantKey = "orleans-classifier.tenant";
    private readonly string _header = options.Value.TenantHeader;

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Resolve(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Resolve(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Resolve(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Resolve(context);
        return continuation(requestStream, responseStream, context);
    }

    /// <summary>The tenant the interceptor resolved for this call.</summary>
    public static string GetTenant(ServerCallContext context) =>
        context.UserState.TryGetValue(TenantKey, out var tenant) && tenant is string value
            ? value
            : throw new RpcException(new Status(StatusCode.Unauthenticated, "The call has no tenant."));

    private void Resolve(ServerCallContext context)
    {
        var tenant = context.RequestHeaders.GetValue(_header);
        if (string.IsNullOrWhiteSpace(tenant))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, $"The call has no tenant: set the '{_header}' header."));
        }

        if (!TenantId().IsMatch(tenant))
        {
            throw new RpcException(new Status(
                StatusCode.Unauthenticated,
                $"The '{_header}' header is not a valid tenant id: 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit."));
        }

        context.UserState[TenantKey] = tenant;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex TenantId();
}
