using System.CommandLine;
using Grpc.Core;
using OrleansClassifier.Bench.Servers;
using OrleansClassifier.Bench.Suite;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Cli;

/// <summary>
/// <c>orleans-classifier-bench</c>: the benchmark run, and the hidden <c>serve-transport</c> and
/// <c>serve-unbatched</c> commands the run starts itself with. Every failure ends as one line on standard
/// error and a non-zero exit: 2 for bad input or an unreachable server, 1 for anything else, 130 when cancelled.
/// </summary>
internal static class BenchApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var line = new BenchCommandLine();
        var root = new RootCommand(
            "Load generator and benchmark suite: the service over its gRPC API, beside the in-process ONNX Runtime ceiling, "
            + "the bare gRPC transport and an unbatched gRPC service, measured in one run.");
        foreach (var option in line.Options)
        {
            root.Options.Add(option);
        }

        root.SetAction((parse, cancellationToken) =>
            GuardAsync(error, () => new BenchSuite(line.ToSettings(parse), output, error).RunAsync(cancellationToken)));
        root.Subcommands.Add(ServeCommand(BenchDefaults.TransportTarget, error));
        root.Subcommands.Add(ServeCommand(BenchDefaults.UnbatchedTarget, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await error.WriteLineAsync($"error: {parsed.Errors[0].Message} (see --help)");
            return 2;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromSeconds(15) });
    }

    private static Command ServeCommand(string kind, TextWriter error)
    {
        var port = new Option<int>("--port") { Required = true };
        var repository = new Option<string>("--repository") { Required = true };
        var provider = new Option<string>("--execution-provider") { DefaultValueFactory = _ => "Auto" };
        var parent = new Option<int>("--parent-pid");
        var command = new Command("serve-" + kind, $"(internal) Serve the {kind} server on 127.0.0.1.") { port, repository, provider, parent };
        command.Hidden = true;
        command.SetAction((parse, cancellationToken) => GuardAsync(error, () => ServeHost.RunAsync(
            kind,
            parse.GetValue(port),
            parse.GetValue(repository)!,
            Enum.Parse<ExecutionProvider>(parse.GetValue(provider)!, ignoreCase: true),
            parse.GetValue(parent),
            cancellationToken)));
        return command;
    }

    private static async Task<int> GuardAsync(TextWriter error, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (BenchException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled; the servers this run started were stopped.");
            return 130;
        }
        catch (RpcException ex)
        {
            await error.WriteLineAsync($"error: a call failed: {Load.StatusNames.Of(ex.StatusCode)}: {ex.Status.Detail}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }
}
