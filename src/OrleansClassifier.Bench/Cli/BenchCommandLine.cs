using System.CommandLine;
using OrleansClassifier.Bench.Load;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Cli;

/// <summary>The options of a benchmark run, and their translation into <see cref="BenchSettings"/>.</summary>
internal sealed class BenchCommandLine
{
    public static readonly string[] AllTargets =
        [BenchDefaults.ServiceTarget, BenchDefaults.UnbatchedTarget, BenchDefaults.TransportTarget, BenchDefaults.ComputeTarget];

    private readonly Option<string> _preset = new("--preset") { Description = "default (BENCHMARKS.md, ~5 min on 2 cores) or quick (a smoke run).", DefaultValueFactory = _ => "default" };
    private readonly Option<string?> _models = new("--models") { Description = "Comma-separated models (default: breast-cancer,gaussian-3class,heavy-mlp; quick: breast-cancer)." };
    private readonly Option<string?> _targets = new("--targets") { Description = "Comma-separated: service,unbatched,transport,compute (default: all)." };
    private readonly Option<string?> _closed = new("--closed") { Description = "Closed-loop levels NxK: N streams, K requests in flight each (default: 1x1,1x8,4x16)." };
    private readonly Option<string?> _openFractions = new("--open") { Description = "Open-loop rates as fractions of the target's best closed-loop req/s (default: 0.5,0.9)." };
    private readonly Option<string?> _rates = new("--rates") { Description = "Open-loop rates in req/s; replaces --open." };
    private readonly Option<string?> _openStreams = new("--open-streams") { Description = "Streams that share an open-loop rate (default 4)." };
    private readonly Option<string> _arrivals = new("--arrivals") { Description = "Open-loop arrivals: poisson or uniform.", DefaultValueFactory = _ => "poisson" };
    private readonly Option<string?> _warmup = new("--warmup") { Description = "Warm-up per level, excluded from the figures (e.g. 1s)." };
    private readonly Option<string?> _duration = new("--duration") { Description = "Measurement per level (e.g. 3s)." };
    private readonly Option<string?> _drain = new("--drain") { Description = "How long answers may come after sending stops before they count as unfinished." };
    private readonly Option<string?> _repeats = new("--repeats") { Description = "Runs of each level; figures are medians over them (default 1)." };
    private readonly Option<string?> _instances = new("--instances") { Description = "Instances (rows) per request (default 1)." };
    private readonly Option<string?> _tenants = new("--tenants") { Description = "Tenants the streams are spread over (default 2)." };
    private readonly Option<bool> _probabilities = new("--probabilities") { Description = "Ask for class probabilities in every response." };
    private readonly Option<string?> _batchSizes = new("--batch-sizes") { Description = "Batch sizes of the in-process ceiling sweep (default 1,8,32,128,512)." };
    private readonly Option<string?> _ceilingTime = new("--ceiling-time") { Description = "Time per batch size of the ceiling sweep (default 1s)." };
    private readonly Option<string?> _seed = new("--seed") { Description = "Seed of features and Poisson arrivals (default 42)." };
    private readonly Option<string?> _target = new("--target") { Description = "Load an already running service at this address instead of starting one." };
    private readonly Option<string?> _serverDll = new("--server-dll") { Description = "The OrleansClassifier.Server.dll to start (default: the build output in this repository)." };
    private readonly Option<string> _provider = new("--execution-provider") { Description = "auto, cpu or cuda: for the service, the unbatched server and the ceiling.", DefaultValueFactory = _ => "auto" };
    private readonly Option<string> _out = new("--out") { Description = "Where results.json, summary.md and latency-throughput.svg go.", DefaultValueFactory = _ => "bench-results" };

    public IEnumerable<Option> Options =>
    [
        _preset, _models, _targets, _closed, _openFractions, _rates, _openStreams, _arrivals, _warmup, _duration, _drain, _repeats,
        _instances, _tenants, _probabilities, _batchSizes, _ceilingTime, _seed, _target, _serverDll, _provider, _out,
    ];

    /// <summary>Parses the arguments of a run (tests; the app parses through its command tree).</summary>
    public static bool TryParse(string[] args, out BenchSettings? settings, out string? error)
    {
        var line = new BenchCommandLine();
        var root = new RootCommand();
        foreach (var option in line.Options)
        {
            root.Options.Add(option);
        }

        var parse = root.Parse(args);
        settings = null;
        if (parse.Errors.Count > 0)
        {
            error = parse.Errors[0].Message;
            return false;
        }

        try
        {
            settings = line.ToSettings(parse);
            error = null;
            return true;
        }
        catch (BenchException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    /// <summary>Applies the preset, then every option given; throws <see cref="BenchException"/> naming a bad value.</summary>
    public BenchSettings ToSettings(ParseResult parse)
    {
        var preset = BenchPreset.Find(parse.GetValue(_preset)!)
            ?? throw new BenchException($"--preset: '{parse.GetValue(_preset)}' is not one of default, quick.");
        var arrivals = OneOf(parse, _arrivals, "--arrivals", "poisson", "uniform");
        var provider = OneOf(parse, _provider, "--execution-provider", "auto", "cpu", "cuda");
        var modelsText = parse.GetValue(_models);
        var models = modelsText is null ? preset.Models : ValueParsers.List("--models", modelsText);
        var targets = parse.GetValue(_targets) is { } targetsText ? ValueParsers.List("--targets", targetsText) : AllTargets;
        if (targets.FirstOrDefault(t => !AllTargets.Contains(t)) is { } unknownTarget)
        {
            throw new BenchException($"--targets: '{unknownTarget}' is not one of {string.Join(", ", AllTargets)}.");
        }

        var closed = parse.GetValue(_closed) is { } closedText
            ? ValueParsers.List("--closed", closedText).Select(item => LoadLevel.TryParseClosed(item, out var level)
                ? level!
                : throw new BenchException($"--closed: '{item}' is not NxK (N streams 1..1024, K in flight 1..4096), e.g. 4x16.")).ToArray()
            : preset.ClosedLevels;
        var fractions = parse.GetValue(_openFractions) is { } fractionText ? ValueParsers.PositiveNumbers("--open", fractionText, 10) : preset.OpenFractions;
        var rates = parse.GetValue(_rates) is { } ratesText ? ValueParsers.PositiveNumbers("--rates", ratesText, 10_000_000) : [];
        var timing = new LoadTiming(
            Duration(parse, _warmup, "--warmup", preset.Timing.Warmup, TimeSpan.Zero),
            Duration(parse, _duration, "--duration", preset.Timing.Duration, TimeSpan.FromMilliseconds(100)),
            Duration(parse, _drain, "--drain", preset.Timing.Drain, TimeSpan.FromMilliseconds(100)));
        Uri? target = null;
        if (parse.GetValue(_target) is { } targetText
            && (!Uri.TryCreate(targetText, UriKind.Absolute, out target) || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)))
        {
            throw new BenchException($"--target must be an http:// or https:// address; got '{targetText}'.");
        }

        var serverDll = parse.GetValue(_serverDll);
        if (serverDll is not null && target is not null)
        {
            throw new BenchException("--target and --server-dll exclude each other: load a running service, or start one.");
        }

        return new BenchSettings
        {
            Preset = preset.Name,
            Models = models,
            ModelsGiven = modelsText is not null,
            Targets = targets,
            ClosedLevels = closed,
            OpenFractions = fractions,
            OpenRates = rates,
            OpenStreams = Integer(parse, _openStreams, "--open-streams", 4, 1, 256),
            Arrivals = arrivals == "uniform" ? ArrivalKind.Uniform : ArrivalKind.Poisson,
            Timing = timing,
            Repeats = Integer(parse, _repeats, "--repeats", 1, 1, 20),
            InstancesPerRequest = Integer(parse, _instances, "--instances", 1, 1, 4096),
            Tenants = Integer(parse, _tenants, "--tenants", 2, 1, 64),
            ReturnProbabilities = parse.GetValue(_probabilities),
            BatchSizes = parse.GetValue(_batchSizes) is { } batchText ? ValueParsers.PositiveIntegers("--batch-sizes", batchText, 65_536) : preset.BatchSizes,
            CeilingTimePerBatch = Duration(parse, _ceilingTime, "--ceiling-time", preset.CeilingTimePerBatch, TimeSpan.FromMilliseconds(50)),
            Seed = Integer(parse, _seed, "--seed", 42, 0, int.MaxValue),
            Target = target,
            ServerDll = serverDll,
            ExecutionProvider = provider switch
            {
                "cpu" => ExecutionProvider.Cpu,
                "cuda" => ExecutionProvider.Cuda,
                _ => ExecutionProvider.Auto,
            },
            OutputDirectory = parse.GetValue(_out)!,
        };
    }

    private static string OneOf(ParseResult parse, Option<string> option, string name, params string[] allowed)
    {
        var value = parse.GetValue(option)!.ToLowerInvariant();
        return allowed.Contains(value) ? value : throw new BenchException($"{name}: '{parse.GetValue(option)}' is not one of {string.Join(", ", allowed)}.");
    }

    private static int Integer(ParseResult parse, Option<string?> option, string name, int fallback, int min, int max)
    {
        if (parse.GetValue(option) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? ValueParsers.Range(name, value, min, max)
            : throw new BenchException($"{name}: '{text}' is not a whole number.");
    }

    private static TimeSpan Duration(ParseResult parse, Option<string?> option, string name, TimeSpan fallback, TimeSpan min) =>
        parse.GetValue(option) is { } text ? ValueParsers.Duration(name, text, min, TimeSpan.FromMinutes(10)) : fallback;
}
