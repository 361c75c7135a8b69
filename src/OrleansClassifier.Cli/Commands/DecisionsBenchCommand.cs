using System.CommandLine;
using OrleansClassifier.Models.DecisionBenchmark;

namespace OrleansClassifier.Cli.Commands;

/// <summary>
/// <c>decisions bench</c>: the decision-quality benchmark of the threshold policies (no service needed); writes a
/// Markdown report.
/// </summary>
internal static class DecisionsBenchCommand
{
    public const string DefaultOutput = "docs/decision-benchmark.md";

    public static Command Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the Markdown report.",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var phaseLength = new Option<int>("--phase-length")
        {
            Description = "Events per phase of a shifting stream (at least 2000).",
            DefaultValueFactory = _ => 3000,
        };
        var bench = new Command("bench", "Replay shifting and stationary labelled streams through every threshold policy and report decision quality.")
        {
            output,
            phaseLength,
        };
        bench.SetAction(parse =>
        {
            var console = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(output)!;
            var length = parse.GetValue(phaseLength);
            if (length < 2000)
            {
                error.WriteLine($"error: --phase-length must be at least 2000; got {length}");
                return 1;
            }

            var command = "dotnet run --project src/OrleansClassifier.Cli -- decisions bench"
                + (path == DefaultOutput ? string.Empty : $" -o {path}")
                + (length == 3000 ? string.Empty : $" --phase-length {length}");
            var report = DecisionBenchmarkRunner.Run(length, command, line => error.WriteLine(line));
            try
            {
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                File.WriteAllText(path, report);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write {path}: {ex.Message}");
                return 1;
            }

            console.WriteLine($"wrote {path}");
            return 0;
        });

        var decisions = new Command("decisions", "Decision-quality tools for the threshold policies.");
        decisions.Subcommands.Add(bench);
        return decisions;
    }
}
