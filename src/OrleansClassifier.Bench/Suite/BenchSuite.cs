using System.Globalization;
using OrleansClassifier.Bench.Ceilings;
using OrleansClassifier.Bench.Cli;
using OrleansClassifier.Bench.Load;
using OrleansClassifier.Bench.Reporting;
using OrleansClassifier.Bench.Servers;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Suite;

/// <summary>
/// One benchmark run: build the model repository, start the servers (each its own process), check the models,
/// measure the in-process ceilings, load every target with every level (targets interleaved per model, so a
/// change in the machine's background load hits them alike), then write the report. Every process it started
/// is killed at the end, however the run ends.
/// </summary>
internal sealed class BenchSuite(BenchSettings settings, TextWriter output, TextWriter error)
{
    private static readonly string[] LoadTargets = [BenchDefaults.ServiceTarget, BenchDefaults.UnbatchedTarget, BenchDefaults.TransportTarget];

    private readonly ProgressDisplay _progress = ProgressDisplay.ForConsole(error);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var report = new BenchReport
        {
            Command = "orleans-classifier-bench " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
            StartedUtc = TimeProvider.System.GetUtcNow(),
            Preset = settings.Preset,
            Settings = settings,
        };
        var loadAtStart = MachineInfo.LoadAverage();
        var logs = Path.Combine(settings.OutputDirectory, "logs");
        Directory.CreateDirectory(logs);
        var repository = ModelRepositoryBuilder.Build(settings.Models.Contains(BenchDefaults.HeavyModel));
        using var janitor = new ProcessJanitor();
        var servers = new Dictionary<string, RunningServer>(StringComparer.Ordinal);
        try
        {
            var catalog = BenchModels.Scan(repository);
            await StartServersAsync(new ServerLauncher(janitor, logs, settings.ExecutionProvider), repository, servers, cancellationToken);
            var models = ResolveModels(catalog, servers, report);
            foreach (var (name, server) in servers)
            {
                report.ServerFigures[name] = new ServerFigures(server.Address.ToString(), [.. server.Models.Models.Select(m => m.Name)], null);
            }

            var provider = "n/a";
            if (settings.Targets.Contains(BenchDefaults.ComputeTarget))
            {
                foreach (var (model, _) in models)
                {
                    var descriptor = catalog.Models.First(m => m.Name == model).DefaultVersion!;
                    var ceiling = await Task.Run(
                        () => ComputeCeiling.Measure(descriptor, settings.ExecutionProvider, settings.BatchSizes, settings.CeilingTimePerBatch, settings.Seed, _progress.Line, cancellationToken),
                        cancellationToken);
                    provider = ceiling.Provider;
                    report.Ceilings.Add(ceiling);
                    _progress.Line(Invariant($"compute ceiling {model}: {ceiling.BestRowsPerSecond:0} rows/s at batch {ceiling.BestBatchSize} ({ceiling.Provider})"));
                }
            }

            foreach (var (model, features) in models)
            {
                foreach (var target in LoadTargets.Where(servers.ContainsKey))
                {
                    await LoadTargetAsync(servers[target], model, features, report, cancellationToken);
                }
            }

            report.Machine = MachineInfo.Describe(provider) with { LoadAverageAtStart = loadAtStart, LoadAverageAtEnd = MachineInfo.LoadAverage() };
        }
        finally
        {
            foreach (var server in servers.Values)
            {
                server.Dispose();
            }

            janitor.KillAll();
            ModelRepositoryBuilder.Delete(repository);
        }

        report.FinishedUtc = TimeProvider.System.GetUtcNow();
        report.Ratios.AddRange(RatioCalculator.Compute(report));
        report.Notes.Add("Open-loop latency counts from each request's intended send time, so it includes the generator's own lateness (timer granularity, about 1 ms on Linux; its distribution is sendLag in results.json) as well as push-back from the target. Compare open-loop rows between targets, not with closed-loop rows.");
        report.Notes.Add("Servers ran as separate processes on 127.0.0.1 beside the load generator, on the same cores: on a small machine the generator's own CPU use lowers every target alike, and ratios measured side by side are what count.");
        var files = ReportWriter.Write(report, settings.OutputDirectory);
        await output.WriteLineAsync();
        await output.WriteLineAsync(ReportTables.Ratios(report.Ratios).ToPlain());
        await output.WriteLineAsync(ReportTables.Ceilings(report.Ceilings).ToPlain());
        await output.WriteLineAsync(ReportTables.Levels(report.Levels).ToPlain());
        _progress.Line("wrote " + string.Join(", ", files));
        return 0;
    }

    private async Task StartServersAsync(ServerLauncher launcher, string repository, Dictionary<string, RunningServer> servers, CancellationToken cancellationToken)
    {
        // The service first: an unreachable --target should fail before anything else is started.
        if (settings.Targets.Contains(BenchDefaults.ServiceTarget))
        {
            _progress.Line(settings.Target is null ? "starting the service (silo + gRPC front-end)" : $"checking the service at {settings.Target}");
            servers[BenchDefaults.ServiceTarget] = settings.Target is { } target
                ? await ServerLauncher.WaitReadyAsync(BenchDefaults.ServiceTarget, target, null, cancellationToken)
                : await launcher.StartServiceAsync(ServerLauncher.LocateServerDll(settings.ServerDll), repository, cancellationToken);
        }

        foreach (var kind in new[] { BenchDefaults.UnbatchedTarget, BenchDefaults.TransportTarget }.Where(settings.Targets.Contains))
        {
            _progress.Line($"starting the {kind} server");
            servers[kind] = await launcher.StartOwnAsync(kind, repository, cancellationToken);
        }

        foreach (var server in servers.Values)
        {
            _progress.Line($"{server.Name} ready at {server.Address}{(server.Process is { } p ? $" (pid {p.Id})" : string.Empty)}");
        }
    }

    /// <summary>The models to measure with their feature counts. A model named with --models must exist everywhere; a default one missing somewhere is skipped with a note.</summary>
    private List<(string Model, int Features)> ResolveModels(ModelCatalog catalog, Dictionary<string, RunningServer> servers, BenchReport report)
    {
        var resolved = new List<(string, int)>();
        foreach (var model in settings.Models)
        {
            string? problem = null;
            var features = 0;
            foreach (var server in servers.Values)
            {
                var info = server.FindModel(model);
                if (info is null || !info.Ready)
                {
                    var known = string.Join(", ", server.Models.Models.Select(m => m.Name));
                    problem = info is null
                        ? $"model '{model}' does not exist on the {server.Name} server at {server.Address}; models: {known}."
                        : $"model '{model}' is not ready on the {server.Name} server: {info.NotReadyReason}";
                    break;
                }

                features = info.Versions.First(v => v.Version == info.DefaultVersion).FeatureCount;
            }

            if (problem is null && settings.Targets.Contains(BenchDefaults.ComputeTarget))
            {
                if (catalog.Models.FirstOrDefault(m => m.Name == model) is { DefaultVersion: { } descriptor })
                {
                    features = descriptor.FeatureCount;
                }
                else
                {
                    problem = $"model '{model}' does not exist in the benchmark's model repository (models: {string.Join(", ", catalog.Models.Select(m => m.Name))}), so its in-process ceiling cannot be measured.";
                }
            }

            if (problem is null)
            {
                resolved.Add((model, features));
            }
            else if (settings.ModelsGiven)
            {
                throw new BenchException(problem);
            }
            else
            {
                report.Notes.Add("skipped: " + problem);
                _progress.Line("skipping: " + problem);
            }
        }

        return resolved.Count > 0 ? resolved : throw new BenchException("no model to measure: " + string.Join(" ", report.Notes));
    }

    private async Task LoadTargetAsync(RunningServer server, string model, int features, BenchReport report, CancellationToken cancellationToken)
    {
        using var channel = LoadRunner.CreateChannel(server.Address);
        var requests = new RequestFactory(model, features, settings.InstancesPerRequest, settings.ReturnProbabilities, settings.Seed);

        // Every target starts cold (a fresh process: tier-0 JIT, empty pools); the per-level warm-up is too short
        // to hide that from the first level measured. Warm each target on each model at its heaviest closed level
        // first, and discard the figures.
        if (settings.ClosedLevels.Count > 0 && settings.Timing.Warmup > TimeSpan.Zero)
        {
            var heaviest = settings.ClosedLevels[^1];
            var warm = settings.Timing with { Warmup = settings.Timing.Warmup * 3, Duration = TimeSpan.FromMilliseconds(200) };
            _progress.Line(Invariant($"warming {server.Name} up on {model}: {heaviest.Label} for {warm.Warmup.TotalSeconds:0.#} s, not measured"));
            await LoadRunner.RunAsync(channel, server.Name, requests, heaviest, warm, settings.TenantNames, settings.Seed, new LoadProgress(), cancellationToken);
        }

        var closed = new List<LevelResult>();
        foreach (var level in settings.ClosedLevels)
        {
            closed.Add(await RunLevelAsync(channel, server.Name, requests, level, cancellationToken));
        }

        report.Levels.AddRange(closed);
        var best = closed.Count == 0 ? 0 : closed.Max(l => l.RequestsPerSecond);
        var rates = settings.OpenRates.Count > 0 ? settings.OpenRates : [.. settings.OpenFractions.Select(f => f * best)];
        foreach (var rate in rates.Where(r => r >= 1))
        {
            var level = LoadLevel.OpenAt(rate, Math.Min(settings.OpenStreams, (int)Math.Ceiling(rate)), settings.Arrivals);
            report.Levels.Add(await RunLevelAsync(channel, server.Name, requests, level, cancellationToken));
        }
    }

    private async Task<LevelResult> RunLevelAsync(Grpc.Net.Client.GrpcChannel channel, string target, RequestFactory requests, LoadLevel level, CancellationToken cancellationToken)
    {
        var repeats = new List<LevelResult>();
        for (var repeat = 0; repeat < settings.Repeats; repeat++)
        {
            var counters = new LoadProgress();
            var label = $"{requests.Model} → {target} {level.Mode} {level.Label}" + (settings.Repeats > 1 ? $" (repeat {repeat + 1}/{settings.Repeats})" : string.Empty);
            var run = LoadRunner.RunAsync(channel, target, requests, level, settings.Timing, settings.TenantNames, settings.Seed + repeat, counters, cancellationToken);
            repeats.Add(await _progress.TrackAsync(label, counters, settings.Timing.Warmup + settings.Timing.Duration, run));
        }

        var result = LevelResult.MedianOf(repeats);
        _progress.Line(Invariant(
            $"{requests.Model} → {target} {level.Mode} {level.Label}: {result.RequestsPerSecond:0} req/s, {result.RowsPerSecond:0} rows/s, p50 {result.Latency.P50Ms:0.00} ms, p99 {result.Latency.P99Ms:0.00} ms, {result.ErrorCount} errors"));
        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
