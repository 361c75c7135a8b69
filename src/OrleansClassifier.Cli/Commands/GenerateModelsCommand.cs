using System.CommandLine;
using System.Globalization;
using OrleansClassifier.Models;

namespace OrleansClassifier.Cli.Commands;

/// <summary>
/// <c>models generate</c>: trains the demo models and writes them, with their held-out sample files.
/// The output is deterministic, so running it in the repository root reproduces the committed files.
/// </summary>
internal static class GenerateModelsCommand
{
    public const string DefaultRepository = "src/OrleansClassifier.Server/model-repository";
    public const string DefaultSamples = "src/OrleansClassifier.Cli/samples";

    public static Command Create()
    {
        var repository = new Option<string>("--repository")
        {
            Description = "The model repository to write into (<repository>/<model>/config.json and <model>/<version>/model.onnx).",
            DefaultValueFactory = _ => DefaultRepository,
        };
        var samples = new Option<string>("--samples")
        {
            Description = "Where to write the held-out sample files (CSV and JSON lines).",
            DefaultValueFactory = _ => DefaultSamples,
        };
        var heavy = new Option<bool>("--heavy")
        {
            Description = $"Also write the untrained ~5 MB benchmark model '{DemoModels.HeavyModelName}' (not part of the committed repository).",
        };
        var command = new Command("generate", "Train the demo models and write them, with sample files, deterministically.")
        {
            repository,
            samples,
            heavy,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var repositoryDirectory = parse.GetValue(repository)!;
            var samplesDirectory = parse.GetValue(samples)!;
            try
            {
                var report = DemoModels.Generate(repositoryDirectory, samplesDirectory);
                foreach (var model in report.Models)
                {
                    output.WriteLine(Describe(model));
                }

                if (parse.GetValue(heavy))
                {
                    output.WriteLine(Describe(DemoModels.GenerateHeavy(repositoryDirectory)));
                }

                foreach (var sample in report.SampleFiles)
                {
                    output.WriteLine($"sample: {Relative(sample)}");
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write the demo models: {ex.Message}");
                return 1;
            }

            return 0;
        });
        return command;
    }

    private static string Describe(DemoModelSummary model)
    {
        var accuracy = model.TestAccuracy is { } value
            ? string.Create(CultureInfo.InvariantCulture, $"held-out test accuracy {value:F4} ({model.TestRows} rows)")
            : "untrained (benchmark weights)";
        return $"{model.Name} v{model.Version}: {Relative(model.ModelPath)}: {accuracy}";
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
