using Grpc.Core;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Bench.Load;

/// <summary>A real <c>ClassifyStream</c> call.</summary>
internal sealed class GrpcRequestStream(AsyncDuplexStreamingCall<ClassifyRequest, ClassifyStreamResponse> call) : IRequestStream
{
    public static GrpcRequestStream Open(Classifier.ClassifierClient client, string tenant, CancellationToken cancellationToken) =>
        new(client.ClassifyStream(new Metadata { { BenchDefaults.TenantHeader, tenant } }, cancellationToken: cancellationToken));

    public Task SendAsync(ClassifyRequest request, CancellationToken cancellationToken) =>
        call.RequestStream.WriteAsync(request, cancellationToken);

    public IAsyncEnumerable<ClassifyStreamResponse> ReadAllAsync(CancellationToken cancellationToken) =>
        call.ResponseStream.ReadAllAsync(cancellationToken);

    public Task CompleteAsync() => call.RequestStream.CompleteAsync();

    public void Dispose() => call.Dispose();
}
