using Grpc.Core;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Servers;

/// <summary>
/// The plumbing the bench's own servers share: the service's API over one <see cref="Answer"/> per request
/// (unary, or a stream pumped with the service's per-stream concurrency), and the model list of the catalog.
/// </summary>
/// <param name="catalog">The models listed.</param>
/// <param name="inline">Whether stream answers are computed on the reading thread (cheap answers) or concurrently.</param>
internal abstract class AnsweringClassifierService(ModelCatalog catalog, bool inline) : Classifier.ClassifierBase
{
    public sealed override Task<ClassifyResponse> Classify(ClassifyRequest request, ServerCallContext context)
    {
        var answer = Answer(request);
        return answer.OutcomeCase == ClassifyStreamResponse.OutcomeOneofCase.Result
            ? Task.FromResult(answer.Result)
            : throw new RpcException(new Status((StatusCode)answer.Error.Code, answer.Error.Message));
    }

    public sealed override Task ClassifyStream(
        IAsyncStreamReader<ClassifyRequest> requestStream, IServerStreamWriter<ClassifyStreamResponse> responseStream, ServerCallContext context) =>
        StreamPump.RunAsync(requestStream, responseStream, Answer, inline, BenchDefaults.ServerInFlightPerStream, context.CancellationToken);

    public sealed override Task<ListModelsResponse> ListModels(ListModelsRequest request, ServerCallContext context)
    {
        var response = new ListModelsResponse();
        response.Models.AddRange(catalog.Models.Select(BenchModels.Describe));
        return Task.FromResult(response);
    }

    /// <summary>The answer to one request: a result, or an error result for its id.</summary>
    protected abstract ClassifyStreamResponse Answer(ClassifyRequest request);
}
