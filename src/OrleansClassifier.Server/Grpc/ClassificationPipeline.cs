using System.Globalization;
using Grpc.Core;
using Microsoft.Extensions.Options;
using OrleansClassifier.Abstractions;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Decisions;
using OrleansClassifier.Inference;
using OrleansClassifier.Server.Dispatch;
using OrleansClassifier.Server.Hosting;
using OrleansClassifier.Server.Thresholds;

namespace OrleansClassifier.Server.Grpc;

/// <summary>
/// One request's way through the front-end: validate → resolve the model version → run it on its model
/// grain → decide each instance with the tenant's parameters. Raises <see cref="RpcException"/>s that
/// name what was wrong.
/// </summary>
internal sealed class ClassificationPipeline(
    ModelCatalog catalog,
    InferenceDispatcher dispatcher,
    IDecisionParametersSource decisionParameters,
    IPredictionRecorder predictions,
    IOptions<ClassifierOptions> options,
    IOptions<BatchingOptions> batching,
    TimeProvider timeProvider,
    ILogger<ClassificationPipeline> logger)
{
    private readonly int _maxInstances = options.Value.MaxInstancesPerRequest;

    /// <summary>Classifies one request.</summary>
    /// <param name="tenant">The caller's tenant.</param>
    /// <param name="request">The request.</param>
    /// <param name="deadline">The call's deadline (rows still queued then are dropped), or null.</param>
    /// <param name="cancellationToken">The call's cancellation.</param>
    public async Task<ClassifyResponse> ClassifyAsync(string tenant, ClassifyRequest request, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        var model = ResolveModel(request.Model, request.ModelVersion);
        var features = PackFeatures(request, model);
        var result = await InferAsync(tenant, model, features, request.Instances.Count, deadline, cancellationToken);
        await decisionParameters.WhenReadyAsync(tenant, model);
        return Decide(tenant, request, model, result);
    }

    internal ModelDescriptor ResolveModel(string name, long version)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            RpcErrors.InvalidArgument("model is required: name one of the models ListModels returns.");
        }

        if (!catalog.TryGetModel(name, out var entry))
        {
            var known = string.Join(", ", catalog.Models.Select(m => m.Name));
            RpcErrors.NotFound($"model '{name}' does not exist; models: {(known.Length == 0 ? "(none)" : known)}.");
        }

        if (version < 0)
        {
            RpcErrors.InvalidArgument($"model_version must be 0 (newest ready) or a version number; got {version}.");
        }

        if (version == 0)
        {
            return entry.DefaultVersion
                ?? throw new RpcException(new Status(StatusCode.FailedPrecondition, $"model '{name}' has no ready version: {entry.Reason}"));
        }

        var descriptor = entry.Versions.FirstOrDefault(v => v.Version == version);
        if (descriptor is null)
        {
            RpcErrors.NotFound($"model '{name}' has no version {version}; versions: {string.Join(", ", entry.Versions.Select(v => v.Version))}.");
        }

        if (!descriptor.Ready)
        {
            RpcErrors.FailedPrecondition($"model '{name}' version {version} is not ready: {descriptor.NotReadyReason}");
        }

        return descriptor;
    }

    internal float[] PackFeatures(ClassifyRequest request, ModelDescriptor model)
    {
        var rows = request.Instances.Count;
        if (rows == 0)
        {
            RpcErrors.InvalidArgument($"request '{request.RequestId}' has no instances: at least one is required.");
        }

        if (rows > _maxInstances)
        {
            RpcErrors.InvalidArgument($"request '{request.RequestId}' has {rows} instances; the limit is {_maxInstances} per request.");
        }

        // A request larger than the model's queue bound could never be queued: refusing it as overload would make
        // clients retry forever.
        var bound = model.Config!.EffectiveBatching(batching.Value).QueueBoundRows;
        if (rows > bound)
        {
            RpcErrors.InvalidArgument(
                $"request '{request.RequestId}' has {rows} instances; model '{model.Name}' queues at most {bound} rows, so at most {bound} instances per request.");
        }

        var width = model.FeatureCount;
        var packed = new float[rows * width];
        for (var row = 0; row < rows; row++)
        {
            var instance = request.Instances[row];
            if (instance.Features.Count != width)
            {
                RpcErrors.InvalidArgument(
                    $"{Describe(row, instance)} has {instance.Features.Count} features; model '{model.Name}' version {model.Version} expects {width}.");
            }

            var offset = row * width;
            instance.Features.CopyTo(packed, offset);
            for (var i = 0; i < width; i++)
            {
                var value = packed[offset + i];
                if (!float.IsFinite(value))
                {
                    RpcErrors.InvalidArgument(
                        $"{Describe(row, instance)} feature {i} is {value.ToString(CultureInfo.InvariantCulture)}; features must be finite numbers.");
                }
            }
        }

        return packed;
    }

    private async Task<SegmentOutcome> InferAsync(
        string tenant, ModelDescriptor model, float[] features, int rows, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        SegmentOutcome outcome;
        try
        {
            outcome = await dispatcher.InferAsync(model, tenant, features, rows, deadline, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // ASP.NET cancels the call's token when its deadline passes: say which it was.
            throw deadline <= timeProvider.GetUtcNow()
                ? new RpcException(new Status(StatusCode.DeadlineExceeded, $"The deadline passed before the inference of model '{model.Name}' completed."))
                : new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled before its inference completed."));
        }
        catch (InferenceRejectedException ex)
        {
            throw Rejected(ex.ToRejection());
        }
        catch (OrleansException ex) when (ex.Message.Contains("No active nodes are compatible", StringComparison.Ordinal))
        {
            ServerLog.NoAcceleratorSilo(logger, model.Key, ex.Message);
            throw RpcErrors.Unavailable(
                $"No accelerator silo is up to run model '{model.Name}' version {model.Version} (no silo with accelerator=true metadata); retry later.");
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            ServerLog.InferenceFailed(logger, model.Key, tenant, ex);
            throw RpcErrors.Internal($"Inference failed for model '{model.Name}' version {model.Version}: {ex.Message}");
        }

        return outcome.Rejection is { } rejection ? throw Rejected(rejection) : outcome;
    }

    private static RpcException Rejected(InferenceRejection rejection) => new(new Status(
        rejection.Reason switch
        {
            RejectionReason.QueueFull => StatusCode.ResourceExhausted,
            RejectionReason.DeadlineExceeded => StatusCode.DeadlineExceeded,
            RejectionReason.Unavailable => StatusCode.Unavailable,
            RejectionReason.Failed => StatusCode.Internal,
            _ => StatusCode.Cancelled,
        },
        rejection.Message));

    private ClassifyResponse Decide(string tenant, ClassifyRequest request, ModelDescriptor model, SegmentOutcome result)
    {
        var config = model.Config!;
        var task = config.Task == Inference.ModelTask.Binary ? ClassificationTask.Binary : ClassificationTask.Multiclass;
        var parameters = decisionParameters.Get(tenant, model);
        var response = new ClassifyResponse
        {
            RequestId = request.RequestId,
            Model = model.Name,
            ModelVersion = model.Version,
        };

        var classes = result.Classes;
        for (var row = 0; row < request.Instances.Count; row++)
        {
            var probabilities = result.Probabilities.AsSpan(row * classes, classes);
            var decision = decisionParameters.Decide(tenant, model, task, probabilities, parameters);
            var prediction = new Prediction
            {
                InstanceId = request.Instances[row].InstanceId,
                Label = decision.Label,
                LabelName = config.ClassNames[decision.Label],
                Score = decision.Score,
                Rule = task == ClassificationTask.Binary ? DecisionRule.Threshold : DecisionRule.Argmax,
                PredictionId = predictions.Record(tenant, model, request.Instances[row].InstanceId, decision),
            };

            if (decision.Threshold is { } threshold)
            {
                prediction.Threshold = threshold;
                prediction.Policy = parameters.Policy;
                prediction.ThresholdVersion = parameters.Version;
            }

            if (request.ReturnProbabilities)
            {
                foreach (var p in probabilities)
                {
                    prediction.Probabilities.Add(p);
                }
            }

            response.Predictions.Add(prediction);
        }

        return response;
    }

    private static string Describe(int row, Instance instance) =>
        string.IsNullOrEmpty(instance.InstanceId) ? $"instances[{row}]" : $"instances[{row}] (instance_id '{instance.InstanceId}')";
}
