using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using OrleansClassifier.Abstractions.Thresholds;
using OrleansClassifier.Decisions;
using OrleansClassifier.Decisions.Control;
using OrleansClassifier.Decisions.Estimators;
using OrleansClassifier.Decisions.Policies;

namespace OrleansClassifier.Grains.Thresholds;

/// <summary>
/// One tenant's threshold for one model: feeds flushed batches into a <see cref="ThresholdController"/>,
/// persists it after every change of statistics, and pushes each new version to the subscribed front-ends.
/// </summary>
internal sealed class TenantThresholdGrain : Grain, ITenantThresholdGrain
{
    private readonly IPersistentState<TenantThresholdState> _state;
    private readonly TenantThresholdOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TenantThresholdGrain> _logger;
    private readonly ObserverManager<IThresholdObserver> _observers;
    private readonly string _tenant;
    private readonly string _model;
    private ThresholdController? _controller;
    private DateTimeOffset _lastWrite;
    private bool _unwrittenScores;

    public TenantThresholdGrain(
        [PersistentState("threshold", TenantThresholdOptions.StorageName)] IPersistentState<TenantThresholdState> state,
        IOptions<TenantThresholdOptions> options,
        TimeProvider time,
        ILogger<TenantThresholdGrain> logger)
    {
        _state = state;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _observers = new ObserverManager<IThresholdObserver>(_options.SubscriptionExpiry, logger);
        (_tenant, _model) = ThresholdGrainKey.Parse(this.GetPrimaryKeyString());
    }

    private double TrainingRate => _state.State.TrainingPositiveRate ?? 0.5;

    public async Task<ThresholdUpdate> SubscribeAsync(IThresholdObserver observer, double trainingPositiveRate)
    {
        _observers.Subscribe(observer, observer);
        var controller = Controller(trainingPositiveRate);
        if (controller.Current.Version == 0)
        {
            // The first activation ever: put the policy's cold-start default in force as version 1.
            await UpdateAndPublishAsync(controller);
        }

        return ToUpdate(controller.Current);
    }

    public Task UnsubscribeAsync(IThresholdObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task<ThresholdUpdate> RecordAsync(ThresholdObservations batch)
    {
        if (batch.Subscriber is { } subscriber)
        {
            _observers.Subscribe(subscriber, subscriber);
        }

        var controller = Controller(batch.TrainingPositiveRate);
        controller.ObserveScores(batch.Scores);
        controller.ObserveOutcomes(batch.OutcomeLabels, batch.OutcomeScores);
        // Outcomes are acknowledged to the tenant once this returns: they are written now. Scores alone (from the
        // tenant's own predictions) are written at most every ScorePersistInterval, and on deactivation.
        await UpdateAndPublishAsync(controller, persistAlways: batch.OutcomeLabels.Length > 0, scoresOnly: batch.Scores.Length > 0);
        return ToUpdate(controller.Current);
    }

    public Task<ThresholdStatus> GetStatusAsync(int historyLimit) => Task.FromResult(Status(Controller(null), historyLimit));

    public async Task<PolicyChangeResult> SetPolicyAsync(ThresholdPolicySpec policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var controller = Controller(null);
        IThresholdPolicy built;
        try
        {
            built = BuildPolicy(policy.Name, policy.Parameters, TrainingRate);
        }
        catch (ArgumentException ex)
        {
            return new PolicyChangeResult([ex.Message], null);
        }

        _state.State.PolicyName = policy.Name;
        _state.State.PolicyParameters = new Dictionary<string, double>(policy.Parameters, StringComparer.Ordinal);
        controller.ChangePolicy(built);
        await UpdateAndPublishAsync(controller, persistAlways: true);
        ThresholdLog.PolicyChanged(_logger, _tenant, _model, policy.Name, controller.Current.Version);
        return new PolicyChangeResult([], Status(controller, _options.HistoryCapacity));
    }

    public async Task<ThresholdStatus> ResetStatisticsAsync()
    {
        var old = Controller(null);
        var options = _options.ToControllerOptions(TrainingRate);
        var fresh = new ThresholdController(old.Policy, options).ToSnapshot() with
        {
            Threshold = old.Current.Threshold,
            Policy = old.Current.Policy,
            Version = old.Current.Version,
            History = [.. old.History],
        };
        _controller = ThresholdController.FromSnapshot(old.Policy, options, fresh);
        await UpdateAndPublishAsync(_controller, persistAlways: true);
        return Status(_controller, _options.HistoryCapacity);
    }

    private ThresholdController Controller(double? trainingPositiveRate)
    {
        var pi = trainingPositiveRate is { } given && given is > 0 and < 1 ? given : (double?)null;
        if (_controller is not null && (pi is null || pi == TrainingRate))
        {
            return _controller;
        }

        if (pi is not null)
        {
            _state.State.TrainingPositiveRate = pi;
        }

        var options = _options.ToControllerOptions(TrainingRate);
        IThresholdPolicy policy;
        try
        {
            policy = BuildPolicy(_state.State.PolicyName, _state.State.PolicyParameters, TrainingRate);
        }
        catch (ArgumentException ex)
        {
            // A stored policy that no longer validates (π changed under it): fall back to the default, and say so.
            ThresholdLog.StoredPolicyInvalid(_logger, _tenant, _model, ex.Message);
            _state.State.PolicyName = PolicyNames.ImbalanceMidpoint;
            _state.State.PolicyParameters = [];
            policy = BuildPolicy(PolicyNames.ImbalanceMidpoint, _state.State.PolicyParameters, TrainingRate);
        }

        var snapshot = _controller?.ToSnapshot()
            ?? (_state.State.ControllerJson is { } json ? JsonSerializer.Deserialize<ThresholdControllerSnapshot>(json) : null);
        _controller = snapshot is null
            ? new ThresholdController(policy, options)
            : ThresholdController.FromSnapshot(policy, options, snapshot);
        return _controller;
    }

    private static IThresholdPolicy BuildPolicy(string name, IReadOnlyDictionary<string, double> parameters, double pi)
    {
        if (name == ThresholdPolicySpec.ClassPrior)
        {
            ClassRates(parameters);
            return new FixedPolicy();
        }

        return ThresholdPolicyFactory.Create(name, parameters, pi);
    }

    private static double[]? ClassRates(IReadOnlyDictionary<string, double> parameters)
    {
        if (parameters.Count == 0)
        {
            throw new ArgumentException($"{ThresholdPolicySpec.ClassPrior}.class_rate.0 and the other class rates are required");
        }

        var rates = new double[parameters.Count];
        foreach (var (key, value) in parameters)
        {
            if (!key.StartsWith("class_rate.", StringComparison.Ordinal)
                || !int.TryParse(key.AsSpan("class_rate.".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
                || k >= rates.Length)
            {
                throw new ArgumentException(
                    $"{ThresholdPolicySpec.ClassPrior}.{key} is not a parameter of {ThresholdPolicySpec.ClassPrior}; give class_rate.0 … class_rate.{rates.Length - 1}");
            }

            if (!(value >= 0) || !double.IsFinite(value))
            {
                throw new ArgumentException($"{ThresholdPolicySpec.ClassPrior}.{key} must be a finite number >= 0");
            }

            rates[k] = value;
        }

        return rates.Sum() > 0 ? rates : throw new ArgumentException($"{ThresholdPolicySpec.ClassPrior}.class_rate.* must not all be 0");
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unwrittenScores && _controller is { } controller)
        {
            await WriteAsync(controller);
        }
    }

    private async Task UpdateAndPublishAsync(ThresholdController controller, bool persistAlways = false, bool scoresOnly = false)
    {
        var before = controller.Current.Version;
        var now = _time.GetUtcNow();
        controller.Update(now);
        var changed = controller.Current.Version != before;
        if (changed || persistAlways || (scoresOnly && now - _lastWrite >= _options.ScorePersistInterval))
        {
            await WriteAsync(controller);
        }
        else if (scoresOnly)
        {
            _unwrittenScores = true;
        }

        if (changed)
        {
            var update = ToUpdate(controller.Current);
            ThresholdLog.ThresholdChanged(_logger, _tenant, _model, update.Threshold, update.Policy, update.Version, _observers.Count);
            await _observers.Notify(o => o.OnThresholdChangedAsync(update));
        }
    }

    private async Task WriteAsync(ThresholdController controller)
    {
        _state.State.ControllerJson = JsonSerializer.Serialize(controller.ToSnapshot());
        await _state.WriteStateAsync();
        _lastWrite = _time.GetUtcNow();
        _unwrittenScores = false;
    }

    private ThresholdUpdate ToUpdate(DecisionParameters p) => new(
        _tenant, _model, p.Threshold, p.Policy, p.Version,
        _state.State.PolicyName == ThresholdPolicySpec.ClassPrior ? ClassRates(_state.State.PolicyParameters) : null);

    private ThresholdStatus Status(ThresholdController controller, int historyLimit)
    {
        var rate = controller.CurrentRate();
        var history = controller.History;
        var limit = Math.Clamp(historyLimit, 0, history.Count);
        return new ThresholdStatus(
            ToUpdate(controller.Current),
            new ThresholdPolicySpec(_state.State.PolicyName, new Dictionary<string, double>(_state.State.PolicyParameters)),
            TrainingRate,
            rate?.Rate,
            SourceName(rate?.Source ?? RateSource.None),
            rate?.Lower,
            rate?.Upper,
            controller.Labels.LifetimeCount,
            controller.Labels.LifetimePositives,
            controller.Scores.LifetimeCount,
            controller.Scores.Estimate()?.Rate,
            [.. history.Skip(history.Count - limit).Select(c => new ThresholdChangeRecord(
                c.Version, c.OldThreshold, c.NewThreshold, c.Policy, c.Reason, c.Rate, SourceName(c.RateSource),
                c.LabelledObservations, c.ScoredObservations, c.At))]);
    }

    private static string SourceName(RateSource source) => source switch
    {
        RateSource.Labels => "labels",
        RateSource.Scores => "scores",
        _ => "none",
    };
}
