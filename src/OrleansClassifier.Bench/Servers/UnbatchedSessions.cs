using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
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

    private static readonly Lazy<bool> QuietRuntime = new(() =>
    {
        // ONNX Runtime prints its own errors (a CUDA provider that cannot load, on a machine without CUDA) to
        // standard error; the factory already falls back and says which provider it got.
        var options = new EnvironmentCreationOptions { logLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL };
        try
        {
            OrtEnv.CreateInstanceWithOptions(ref options);
            return true;
        }
        catch (OnnxRuntimeException)
        {
            return false;
        }
    });

    public static ModelSessionFactory CreateFactory(ExecutionProvider provider)
    {
        _ = QuietRuntime.Value;
        return new(Options.Create(new InferenceOptions { ExecutionProvider = provider }), NullLogger<ModelSessionFactory>.Instance);
    }

    public bool TryGet(string model, [NotNullWhen(true)] out OnnxModelSession? session) => _sessions.TryGetValue(model, out session);

    public void Dispose()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }
    }
}
