using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrleansClassifier.Inference;

namespace OrleansClassifier.Bench.Servers;

/// <summary>One ONNX Runtime session per ready model (its default version), opened at start-up.</summary>
internal sealed class UnbatchedSessions : IDisposable
{
    private readonly Dictionary<string, OnnxModelSession> _sessions = new(StringComparer.Ordinal);

    public UnbatchedSessions(ModelCatalog catalog, ExecutionProvider provider)
    {
        var factory = CreateFactory(provider);
        foreach (var entry in catalog.Models)
        {
            if (entry.DefaultVersion is { } descriptor)
            {
                _sessions[entry.Name] = factory.Create(descriptor);
            }
        }
    }

    public static ModelSessionFactory CreateFactory(ExecutionProvider provider) =>
        new(Options.Create(new InferenceOptions { ExecutionProvider = provider }), NullLogger<ModelSessionFactory>.Instance);

    public bool TryGet(string model, [NotNullWhen(true)] out OnnxModelSession? session) => _sessions.TryGetValue(model, out session);

    public void Dispose()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }
    }
}
