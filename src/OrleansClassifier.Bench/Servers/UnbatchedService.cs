using Grpc.Core;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Decisions;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Servers;

/// <summary>
/// The service a user would write instead: gRPC → validate → <c>InferenceSession.Run</c> for each request on
/// its own → decide (argmax, or the default 0.5 threshold). Same API, same stream shape (concurrent up to the
/// service's per-stream bound), no Orleans, no batching across requests.
/// </summary>
internal sealed class UnbatchedService(ModelCatalog catalog, UnbatchedSessions sessions) : AnsweringClassifierService(catalog, inline: false)
{
    protected override ClassifyStreamResponse Answer(ClassifyRequest request)
    {
        if (!sessions.TryGet(request.Model, out var session))
        {
            return StreamPump.Failure(request.RequestId, StatusCode.NotFound, $"model '{request.Model}' does not exist or is not ready.");
        }

        var width = session.Descriptor.FeatureCount;
        var rows = request.Instances.Count;
        if (rows == 0)
        {
            return StreamPump.Failure(request.RequestId, StatusCode.InvalidArgument, "the request has no instances.");
        }

        var features = new float[rows * width];
        for (var row = 0; row < rows; row++)
        {
            var instance = request.Instances[row];
            if (instance.Features.Count != width)
            {
                return StreamPump.Failure(request.RequestId, StatusCode.InvalidArgument, $"instances[{row}] has {instance.Features.Count} features; expected {width}.");
            }

            instance.Features.CopyTo(features, row * width);
        }

        if (!Array.TrueForAll(features, float.IsFinite))
        {
            return StreamPump.Failure(request.RequestId, StatusCode.InvalidArgument, "features must be finite numbers.");
        }

        var probabilities = session.Run(features, rows);
        return new ClassifyStreamResponse { RequestId = request.RequestId, Result = Decide(request, session, probabilities) };
    }

    private static ClassifyResponse Decide(ClassifyRequest request, OnnxModelSession session, float[] probabilities)
    {
        var descriptor = session.Descriptor;
        var config = descriptor.Config!;
        var binary = config.Task == Inference.ModelTask.Binary;
        var task = binary ? ClassificationTask.Binary : ClassificationTask.Multiclass;
        var parameters = DecisionParameters.Default;
        var classes = session.ClassCount;
        var response = new ClassifyResponse { RequestId = request.RequestId, Model = descriptor.Name, ModelVersion = descriptor.Version };
        for (var row = 0; row < request.Instances.Count; row++)
        {
            var rowProbabilities = probabilities.AsSpan(row * classes, classes);
            var decision = DecisionRules.Decide(task, rowProbabilities, parameters);
            var prediction = new Prediction
            {
                InstanceId = request.Instances[row].InstanceId,
                Label = decision.Label,
                LabelName = config.ClassNames[decision.Label],
                Score = decision.Score,
                Rule = binary ? DecisionRule.Threshold : DecisionRule.Argmax,
            };
            if (decision.Threshold is { } threshold)
            {
                prediction.Threshold = threshold;
                prediction.Policy = parameters.Policy;
                prediction.ThresholdVersion = parameters.Version;
            }

            if (request.ReturnProbabilities)
            {
                foreach (var p in rowProbabilities)
                {
                    prediction.Probabilities.Add(p);
                }
            }

            response.Predictions.Add(prediction);
        }

        return response;
    }
}
