using System.Threading.Channels;
using Grpc.Core;
using Microsoft.Extensions.Options;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Inference;
using OrleansClassifier.Server.Hosting;

namespace OrleansClassifier.Server.Grpc;

/// <summary>The gRPC API: thin, all work is in <see cref="ClassificationPipeline"/>.</summary>
internal sealed class ClassifierService(
    ClassificationPipeline pipeline,
    ModelCatalog catalog,
    IOptions<ClassifierOptions> options,
    ILogger<ClassifierService> logger) : Classifier.ClassifierBase
{
    private readonly int _maxInFlight = options.Value.MaxInFlightPerStream;

    public override Task<ClassifyResponse> Classify(ClassifyRequest request, ServerCallContext context) =>
        pipeline.ClassifyAsync(TenantInterceptor.GetTenant(context), request, Deadline(context), context.CancellationToken);

    public override async Task ClassifyStream(
        IAsyncStreamReader<ClassifyRequest> requestStream,
        IServerStreamWriter<ClassifyStreamResponse> responseStream,
        ServerCallContext context)
    {
        var tenant = TenantInterceptor.GetTenant(context);
        var deadline = Deadline(context);
        var cancellationToken = context.CancellationToken;

        // Requests run concurrently (up to the in-flight bound; reading pauses beyond it) and answer in
        // completion order; one writer drains the answers, since a stream writer takes one write at a time.
        var answers = Channel.CreateBounded<ClassifyStreamResponse>(new BoundedChannelOptions(_maxInFlight) { SingleReader = true });

        // If writing fails (the client is gone), stop reading and let the running requests finish into the void.
        using var writeFailed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = WriteAnswersAsync(answers.Reader, responseStream, writeFailed, cancellationToken);
        cancellationToken = writeFailed.Token;

        // Not disposed: requests still running when the call ends give their slot back after it.
        var slots = new SemaphoreSlim(_maxInFlight, _maxInFlight);

        try
        {
            await foreach (var request in requestStream.ReadAllAsync(cancellationToken))
            {
                await slots.WaitAsync(cancellationToken);
                _ = AnswerAsync(tenant, request, deadline, answers.Writer, slots, cancellationToken);
            }

            // Wait for the requests still running: each gives its slot back when its answer is queued.
            for (var i = 0; i < _maxInFlight; i++)
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

    public override Task<ListModelsResponse> ListModels(ListModelsRequest request, ServerCallContext context)
    {
        var response = new ListModelsResponse();
        response.Models.AddRange(catalog.Models.Select(ModelInfoMapper.MapToModelInfo));
        return Task.FromResult(response);
    }

    public override Task<ModelInfo> GetModel(GetModelRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            RpcErrors.InvalidArgument("name is required.");
        }

        if (!catalog.TryGetModel(request.Name, out var entry))
        {
            RpcErrors.NotFound($"model '{request.Name}' does not exist; models: {string.Join(", ", catalog.Models.Select(m => m.Name))}.");
        }

        return Task.FromResult(ModelInfoMapper.MapToModelInfo(entry));
    }

    private async Task AnswerAsync(
        string tenant, ClassifyRequest request, DateTimeOffset? deadline, ChannelWriter<ClassifyStreamResponse> answers, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        ClassifyStreamResponse answer;
        try
        {
            if (string.IsNullOrEmpty(request.RequestId))
            {
                RpcErrors.InvalidArgument("request_id is required in a stream: responses are matched to requests by it.");
            }

            var result = await pipeline.ClassifyAsync(tenant, request, deadline, cancellationToken);
            answer = new ClassifyStreamResponse { RequestId = request.RequestId, Result = result };
        }
        catch (RpcException ex)
        {
            answer = Failure(request.RequestId, ex.StatusCode, ex.Status.Detail);
        }
        catch (Exception ex)
        {
            ServerLog.StreamRequestFailed(logger, request.RequestId, ex);
            answer = Failure(request.RequestId, StatusCode.Internal, "The request failed unexpectedly.");
        }

        try
        {
            await answers.WriteAsync(answer, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The call is over; nobody is left to answer.
        }
        catch (ChannelClosedException)
        {
            // The call ended while this request ran.
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>The call's deadline, or null when the client set none.</summary>
    private static DateTimeOffset? Deadline(ServerCallContext context) =>
        context.Deadline == DateTime.MaxValue ? null : new DateTimeOffset(DateTime.SpecifyKind(context.Deadline, DateTimeKind.Utc));

    private static ClassifyStreamResponse Failure(string requestId, StatusCode code, string message) => new()
    {
        RequestId = requestId,
        Error = new ErrorResult { Code = (int)code, CodeName = RpcErrors.CodeName(code), Message = message },
    };

    private static async Task WriteAnswersAsync(
        ChannelReader<ClassifyStreamResponse> answers,
        IServerStreamWriter<ClassifyStreamResponse> responseStream,
        CancellationTokenSource writeFailed,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var answer in answers.ReadAllAsync(cancellationToken))
            {
                await responseStream.WriteAsync(answer, cancellationToken);
            }
        }
        catch
        {
            await writeFailed.CancelAsync();
            throw;
        }
    }
}
