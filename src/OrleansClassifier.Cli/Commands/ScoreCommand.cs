using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using OrleansClassifier.Cli.Scoring;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Cli.Commands;

/// <summary><c>score</c>: classify every row of a CSV or JSON-lines file through <c>ClassifyStream</c>.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "A CSV file (header row) or a JSON-lines file (.jsonl).", Required = true };
        var model = new Option<string>("--model", "-m") { Description = "The model's name.", Required = true };
        var version = new Option<long>("--model-version") { Description = "Pin a model version (0: the newest ready one)." };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the labels as CSV ('-' for standard output).", DefaultValueFactory = _ => "-" };
        var server = CommonOptions.Server();
        var tenant = CommonOptions.Tenant();
        var batch = new Option<int>("--batch-size") { Description = "Instances per request.", DefaultValueFactory = _ => 16 };
        var inFlight = new Option<int>("--in-flight") { Description = "Requests sent ahead of their answers.", DefaultValueFactory = _ => 8 };
        var probabilities = new Option<bool>("--probabilities", "-p") { Description = "Also write the class probabilities." };
        var idColumn = new Option<string>("--id-column") { Description = "The CSV column holding row ids.", DefaultValueFactory = _ => "id" };
        var labelColumn = new Option<string>("--label-column") { Description = "The CSV column holding true labels (not sent; used for accuracy).", DefaultValueFactory = _ => "label" };

        batch.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--batch-size must be at least 1."); } });
        inFlight.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--in-flight must be at least 1."); } });

        var command = new Command("score", "Classify every row of a file through the service and write the labels.")
        {
            input, model, version, output, server, tenant, batch, inFlight, probabilities, idColumn, labelColumn,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var serverUri = parse.GetValue(server)!;
            var file = parse.GetValue(input)!;
            List<ScoringRow> rows;
            try
            {
                rows = InputReader.Read(file.FullName, parse.GetValue(idColumn)!, parse.GetValue(labelColumn)!);
            }
            catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"error: cannot read {file.FullName}: {ex.Message}");
                return 2;
            }

            var settings = new ScoreSettings(
                parse.GetValue(model)!, parse.GetValue(version), parse.GetValue(tenant)!, parse.GetValue(batch), parse.GetValue(inFlight), parse.GetValue(probabilities));

            using var channel = GrpcChannel.ForAddress(serverUri);
            var client = new Classifier.ClassifierClient(channel);
            var stopwatch = Stopwatch.StartNew();
            IReadOnlyList<ScoredRow> scored;
            try
            {
                scored = await ScoreRunner.RunAsync(client, rows, settings, cancellationToken);
            }
            catch (RpcException ex)
            {
                return CommonOptions.Fail(Console.Error, serverUri, ex);
            }

            var outputPath = parse.GetValue(output)!;
            if (outputPath == "-")
            {
                ScoreOutput.WriteCsv(Console.Out, scored, settings.Probabilities);
            }
            else
            {
                await using var writer = new StreamWriter(outputPath);
                ScoreOutput.WriteCsv(writer, scored, settings.Probabilities);
            }

            var failed = scored.Count(r => r.Error is not null);
            var usedVersion = scored.FirstOrDefault(r => r.Prediction is not null)?.ModelVersion ?? 0;
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"scored {scored.Count - failed} of {scored.Count} rows with {settings.Model} v{usedVersion} in {stopwatch.Elapsed.TotalSeconds:F2} s");
            if (ScoreOutput.Accuracy(scored) is { } accuracy)
            {
                summary += string.Create(CultureInfo.InvariantCulture, $"; accuracy {accuracy.Accuracy:F3} on {accuracy.Labelled} labelled rows");
            }

            await Console.Error.WriteLineAsync(summary);
            foreach (var error in scored.Where(r => r.Error is not null).Select(r => r.Error).Distinct().Take(5))
            {
                await Console.Error.WriteLineAsync($"error: {error}");
            }

            return failed == 0 ? 0 : 1;
        });

        return command;
    }
}
