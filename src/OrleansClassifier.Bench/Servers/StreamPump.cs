using System.Threading.Channels;
using Grpc.Core;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Bench.Servers;

/// <summary>
/// The stream handling of the suite's own servers, shaped like the service's: requests are answered
/// concurrently up to a bound per stream (reading pauses beyond it), in completion order, and one writer
/// drains the answers. With <c>inline</c> the answer is computed on the reading thread (the transport server's
/// canned answers cost nothing).
/// </summary>
internal static class StreamPump
{
    public static async Task RunAsync(
        IAsyncStreamReader<ClassifyRequest> requests,
        IServerStreamWriter<ClassifyStreamResponse> responses,
        Func<ClassifyRequest, ClassifyStreamResponse> answer,
        bool inline,
        int maxInFlight,
        CancellationToken cancellationToken)
    {
        var answers = Channel.CreateBounded<ClassifyStreamResponse>(new BoundedChannelOptions(maxInFlight) { SingleReader = true });
        var writer = WriteAsync(answers.Reader, responses, cancellationToken);
        using var slots = new SemaphoreSlim(maxInFlight, maxInFlight);
        try
        {
            await foreach (var request in requests.ReadAllAsync(cancellationToken))
            {
                if (inline)
                {
                    await answers.Writer.WriteAsync(answer(request), cancellationToken);
                    continue;
                }

                await slots.WaitAsync(cancellationToken);
                _ = Task.Run(
                    async () =>
                    {
                        try
                        {
                            await answers.Writer.WriteAsync(answer(request), cancellationToken);
                        }
                        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
                        {
                            // The call ended while this request ran.
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    cancellationToken);
            }

            for (var i = 0; i < maxInFlight && !inline; i++)
            {
                await slots.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            answers.Writer.TryComplete();
        }

        await writer;
    }

    public static ClassifyStreamResponse Failure(string requestId, StatusCode code, string message) => new()
    {
        RequestId = requestId,
        Error = new ErrorResult { Code = (int)code, CodeName = Load.StatusNames.Of(code), Message = message },
    };

    private static async Task WriteAsync(
        ChannelReader<ClassifyStreamResponse> answers, IServerStreamWriter<ClassifyStreamResponse> responses, CancellationToken cancellationToken)
    {
        await foreach (var answer in answers.ReadAllAsync(cancellationToken))
        {
            await responses.WriteAsync(answer, cancellationToken);
        }
    }
}
