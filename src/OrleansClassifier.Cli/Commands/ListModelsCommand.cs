using System.CommandLine;
using Grpc.Core;
using Grpc.Net.Client;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Cli.Commands;

/// <summary><c>models list</c>: the service's models, their versions, and why any is not ready.</summary>
internal static class ListModelsCommand
{
    public static Command Create()
    {
        var server = CommonOptions.Server();
        var tenant = CommonOptions.Tenant();
        var command = new Command("list", "List the service's models.") { server, tenant };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var serverUri = parse.GetValue(server)!;
            using var channel = GrpcChannel.ForAddress(serverUri);
            var client = new Classifier.ClassifierClient(channel);
            ListModelsResponse response;
            try
            {
                response = await client.ListModelsAsync(
                    new ListModelsRequest(), new Metadata { { "x-tenant-id", parse.GetValue(tenant)! } }, cancellationToken: cancellationToken);
            }
            catch (RpcException ex)
            {
                return CommonOptions.Fail(Console.Error, serverUri, ex);
            }

            foreach (var model in response.Models)
            {
                Console.WriteLine($"{model.Name}: {(model.Ready ? $"ready, default version {model.DefaultVersion}" : $"NOT READY: {model.NotReadyReason}")}");
                foreach (var v in model.Versions)
                {
                    Console.WriteLine(v.Ready
                        ? $"  v{v.Version}: {v.Task}, {v.FeatureCount} features, classes [{string.Join(", ", v.ClassNames)}], output {v.OutputKind}"
                        : $"  v{v.Version}: not ready: {v.NotReadyReason}");
                }
            }

            return 0;
        });
        return command;
    }
}
