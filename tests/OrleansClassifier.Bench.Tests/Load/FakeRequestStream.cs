using System.Collections.Concurrent;
using System.Threading.Channels;
using OrleansClassifier.Bench.Load;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Bench.Tests.Load;

/// <summary>A stream whose answers come from a function of the request (which may wait), for driver tests.</summary>
internal sealed class FakeRequestStream(Func<ClassifyRequest, Task<ClassifyStreamResponse>> answer) : IRequestStream
{
    private readonly Channel<ClassifyStreamResponse> _responses = Channel.CreateUnbounded<ClassifyStreamResponse>();
    private readonly ConcurrentBag<Task> _answering = [];
    private int _outstanding;

    public ConcurrentQueue<ClassifyRequest> Sent { get; } = new();

    public int MaxOutstanding { get; private set; }

    public static ClassifyStreamResponse Ok(ClassifyRequest request) =>
        new() { RequestId = request.RequestId, Result = new ClassifyResponse { RequestId = request.RequestId } };

    public Task SendAsync(ClassifyRequest request, CancellationToken cancellationToken)
    {
        Sent.Enqueue(request);
        var outstanding = Interlocked.Increment(ref _outstanding);
        lock (Sent)
        {
            MaxOutstanding = Math.Max(MaxOutstanding, outstanding);
        }

        _answering.Add(Task.Run(async () =>
        {
            var response = await answer(request);
            Interlocked.Decrement(ref _outstanding);
            _responses.Writer.TryWrite(response);
        }, CancellationToken.None));
        return Task.CompletedTask;
    }

    public IAsyncEnumerable<ClassifyStreamResponse> ReadAllAsync(CancellationToken cancellationToken) =>
        _responses.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Like a real call: the request side ends now, the responses end when the last answer is written.</summary>
    public Task CompleteAsync()
    {
        _ = Task.WhenAll(_answering).ContinueWith(_ => _responses.Writer.TryComplete(), TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public void Dispose() => _responses.Writer.TryComplete();
}
