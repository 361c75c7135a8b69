using System.Threading.Channels;
using Grpc.Core;
using OrleansClassifier.Abstractions.Thresholds;
using OrleansClassifier.Contracts.V1;
using OrleansClassifier.Decisions.Policies;
using OrleansClassifier.Inference;
using OrleansClassifier.Server.Thresholds;

namespace OrleansClassifier.Server.Grpc;

/// <summary>
/// The tenant threshold API. Thin: outcomes go through the front-end's aggregate (acknowledged once flushed and
/// persisted), everything else to the tenant's threshold grain; the tenant always comes from the call.
/// </summary>
internal sealed class ThresholdsService(
    ModelCatalog catalog,
    IGrainFactory grains,
    ThresholdParametersCache cache,
    ThresholdAggregator aggregator,
    PredictionRecorder recorder) : Contracts.V1.Thresholds.ThresholdsBase
{
    private const int MaxRejectionsListed = 100;

    public override async Task<ReportOutcomesResponse> ReportOutcomes(IAsyncStreamReader<Outcome> requestStream, ServerCallContext context)
    {
        var tenant = TenantInterceptor.GetTenant(context);
        var response = new ReportOutcomesResponse();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        long index = -1;
        await foreach (var outcome in requestStream.ReadAllAsync(context.CancellationToken))
        {
            index++;
            var reason = Accept(tenant, outcome, touched, out var withoutScore);
            if (reason is null)
            {
                response.Accepted++;
                response.AcceptedWithoutScore += withoutScore ? 1 : 0;
                continue;
            }

            response.Rejected++;
            if (response.Rejections.Count < MaxRejectionsListed)
            {
                response.Rejections.Add(new OutcomeRejection { Index = index, Reason = reason });
            }
        }

        foreach (var model in touched)
        {
            try
            {
                await aggregator.FlushAsync(tenant, model);
            }
            catch (Exception ex) when (ex is not RpcException)
            {
                throw RpcErrors.Unavailable($"The outcomes for model '{model}' could not be recorded ({ex.Message}); none of this call's are acknowledged, report them again.");
            }
        }

        return response;
    }

    public override async Task<ThresholdInfo> GetThreshold(GetThresholdRequest request, ServerCallContext context)
    {
        var (tenant, model) = await PrepareAsync(request.Model, context);
        if (request.HistoryLimit < 0)
        {
            RpcErrors.InvalidArgument($"history_limit must be >= 0; got {request.HistoryLimit}.");
        }

        return MapToInfo(await Grain(tenant, model.Name).GetStatusAsync(request.HistoryLimit));
    }

    public override async Task<ThresholdInfo> SetPolicy(SetPolicyRequest request, ServerCallContext context)
    {
        var (tenant, model) = await PrepareAsync(request.Model, context);
        var binary = model.Config!.Task == Inference.ModelTask.Binary;
        if (request.Policy == ThresholdPolicySpec.ClassPrior)
        {
            if (binary)
            {
                RpcErrors.InvalidArgument($"policy class_prior is for multi-class models; '{model.Name}' is binary: choose one of {string.Join(", ", ThresholdPolicyFactory.Names)}.");
            }

            if (request.Parameters.Count != model.ClassCount)
            {
                RpcErrors.InvalidArgument($"class_prior.class_rate: model '{model.Name}' has {model.ClassCount} classes; give class_rate.0 … class_rate.{model.ClassCount - 1}, got {request.Parameters.Count} parameters.");
            }
        }
        else
        {
            var errors = ThresholdPolicyFactory.Validate(request.Policy, request.Parameters, cache.TrainingPositiveRate(model.Name));
            if (errors.Count > 0)
            {
                RpcErrors.InvalidArgument(string.Join("; ", errors));
            }
        }

        var result = await Grain(tenant, model.Name).SetPolicyAsync(
            new ThresholdPolicySpec(request.Policy, new Dictionary<string, double>(request.Parameters, StringComparer.Ordinal)));
        if (result.Status is null)
        {
            RpcErrors.InvalidArgument(string.Join("; ", result.Errors));
        }

        cache.Apply(result.Status.Current);
        return MapToInfo(result.Status);
    }

    public override async Task<ThresholdInfo> ResetStatistics(ResetStatisticsRequest request, ServerCallContext context)
    {
        var (tenant, model) = await PrepareAsync(request.Model, context);
        var status = await Grain(tenant, model.Name).ResetStatisticsAsync();
        cache.Apply(status.Current);
        return MapToInfo(status);
    }

    public override async Task WatchThreshold(WatchThresholdRequest request, IServerStreamWriter<ThresholdEvent> responseStream, ServerCallContext context)
    {
        var (tenant, model) = await PrepareAsync(request.Model, context);
        var events = Channel.CreateBounded<ThresholdUpdate>(new BoundedChannelOptions(64)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.DropOldest,
        });

        void OnChanged(ThresholdUpdate update)
        {
            if (update.Tenant == tenant && update.Model == model.Name)
            {
                events.Writer.TryWrite(update);
            }
        }

        cache.Changed += OnChanged;
        try
        {
            // What is held now first (after the listener is in place, so nothing between is missed).
            var current = cache.Lookup(tenant, model.Name).Update ?? await cache.SubscribeAsync(tenant, model.Name);
            events.Writer.TryWrite(current);
            long sent = -1;
            await foreach (var update in events.Reader.ReadAllAsync(context.CancellationToken))
            {
                if (update.Version <= sent)
                {
                    continue;
                }

                sent = update.Version;
                var message = new ThresholdEvent { Model = update.Model, Threshold = update.Threshold, Policy = update.Policy, Version = update.Version };
                message.ClassRates.Add(update.ClassRates ?? []);
                await responseStream.WriteAsync(message, context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            cache.Changed -= OnChanged;
        }
    }

    private string? Accept(string tenant, Outcome outcome, HashSet<string> touched, out bool withoutScore)
    {
        withoutScore = false;
        string modelName;
        float score;
        if (outcome.PredictionId.Length > 0)
        {
            if (!PredictionId.TryDecode(outcome.PredictionId, out var id))
            {
                return "prediction_id is not an id this service issued";
            }

            if (outcome.Model.Length > 0 && outcome.Model != id.Model)
            {
                return $"prediction_id is of model '{id.Model}', not '{outcome.Model}'";
            }

            modelName = id.Model;
            score = id.Score;
        }
        else if (outcome.Model.Length > 0 && outcome.InstanceId.Length > 0)
        {
            modelName = outcome.Model;
            if (!recorder.Recent.TryGet(tenant, modelName, outcome.InstanceId, out score))
            {
                score = float.NaN;
                withoutScore = true;
            }
        }
        else
        {
            return "name the prediction: prediction_id, or model and instance_id";
        }

        if (!catalog.TryGetModel(modelName, out var entry) || entry.DefaultVersion?.Config is not { } config)
        {
            return $"model '{modelName}' does not exist or has no ready version";
        }

        if (config.Task != Inference.ModelTask.Binary)
        {
            return $"model '{modelName}' is multi-class; outcomes feed binary thresholds only";
        }

        if (outcome.Label is not (0 or 1))
        {
            return $"label must be 0 or 1 for binary model '{modelName}'; got {outcome.Label}";
        }

        if (!aggregator.TryAddOutcome(tenant, modelName, outcome.Label == 1, score))
        {
            return "this front-end's outcome buffer is full; report it again later";
        }

        touched.Add(modelName);
        return null;
    }

    private async Task<(string Tenant, ModelDescriptor Model)> PrepareAsync(string name, ServerCallContext context)
    {
        var tenant = TenantInterceptor.GetTenant(context);
        if (string.IsNullOrWhiteSpace(name))
        {
            RpcErrors.InvalidArgument("model is required: name one of the models ListModels returns.");
        }

        if (!catalog.TryGetModel(name, out var entry))
        {
            RpcErrors.NotFound($"model '{name}' does not exist; models: {string.Join(", ", catalog.Models.Select(m => m.Name))}.");
        }

        var model = entry.DefaultVersion;
        if (model is null)
        {
            RpcErrors.FailedPrecondition($"model '{name}' has no ready version: {entry.Reason}");
        }

        // Makes sure the grain knows the model's π and this silo is subscribed.
        if (cache.Lookup(tenant, name).Update is null)
        {
            await cache.SubscribeAsync(tenant, name);
        }

        return (tenant, model);
    }

    private ITenantThresholdGrain Grain(string tenant, string model) =>
        grains.GetGrain<ITenantThresholdGrain>(ThresholdGrainKey.Format(tenant, model));

    private static ThresholdInfo MapToInfo(ThresholdStatus status)
    {
        var info = new ThresholdInfo
        {
            Model = status.Current.Model,
            Threshold = status.Current.Threshold,
            Policy = status.Current.Policy,
            Version = status.Current.Version,
            TrainingPositiveRate = status.TrainingPositiveRate,
            RateSource = status.RateSource,
            LabelledObservations = status.LabelledObservations,
            PositiveLabels = status.PositiveLabels,
            ScoredObservations = status.ScoredObservations,
        };
        info.PolicyParameters.Add(status.Policy.Parameters.ToDictionary());
        info.ClassRates.Add(status.Current.ClassRates ?? []);
        if (status.Rate is { } rate)
        {
            info.PositiveRate = rate;
        }

        if (status.RateLower is { } lower)
        {
            info.PositiveRateLower = lower;
        }

        if (status.RateUpper is { } upper)
        {
            info.PositiveRateUpper = upper;
        }

        if (status.ScorePrior is { } prior)
        {
            info.ScorePrior = prior;
        }

        foreach (var change in status.History)
        {
            var mapped = new Contracts.V1.ThresholdChange
            {
                Version = change.Version,
                OldThreshold = change.OldThreshold,
                NewThreshold = change.NewThreshold,
                Policy = change.Policy,
                Reason = change.Reason,
                RateSource = change.RateSource,
                LabelledObservations = change.LabelledObservations,
                ScoredObservations = change.ScoredObservations,
                AtUnixMs = change.At.ToUnixTimeMilliseconds(),
            };
            if (change.Rate is { } r)
            {
                mapped.PositiveRate = r;
            }

            info.History.Add(mapped);
        }

        return info;
    }
}
