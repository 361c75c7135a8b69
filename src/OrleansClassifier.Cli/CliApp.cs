using System.CommandLine;
using OrleansClassifier.Cli.Commands;

namespace OrleansClassifier.Cli;

/// <summary>The command tree of <c>orleans-classifier</c>.</summary>
internal static class CliApp
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("OrleansClassifier command line: score files through the service, list models, regenerate the demo models.");
        root.Subcommands.Add(ScoreCommand.Create());
        var models = new Command("models", "List the service's models, or regenerate the demo models.");
        models.Subcommands.Add(ListModelsCommand.Create());
        models.Subcommands.Add(GenerateModelsCommand.Create());
        root.Subcommands.Add(models);
        root.Subcommands.Add(DecisionsBenchCommand.Create());
        return root;
    }
}
