using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Bench.Load;

/// <summary>One bidirectional <c>ClassifyStream</c> call, as the load drivers see it (a fake in tests).</summary>
internal interface IRequestStream : IDisposable
{
    /// <summary>Sends one request; may wait (flow control). One send at a time.</summary>
    Task SendAsync(ClassifyRequest request, CancellationToken cancellationToken);

    /// <summary>The responses, in the order they arrive.</summary>
    IAsyncEnumerable<ClassifyStreamResponse> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>Says no more requests will come.</summary>
    Task CompleteAsync();
}
