using Grpc.Net.Client;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Bench.Servers;

/// <summary>A server under load: its address, a channel to it, the models it lists, and its process when the suite started it.</summary>
internal sealed class RunningServer(string name, Uri address, GrpcChannel probeChannel, ListModelsResponse models, ChildProcess? process) : IDisposable
{
    public string Name { get; } = name;

    public Uri Address { get; } = address;

    public ListModelsResponse Models { get; } = models;

    public ChildProcess? Process { get; } = process;

    public ModelInfo? FindModel(string name) => Models.Models.FirstOrDefault(m => m.Name == name);

    public void Dispose() => probeChannel.Dispose();
}
