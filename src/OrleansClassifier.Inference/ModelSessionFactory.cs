using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace OrleansClassifier.Inference;

/// <summary>
/// Creates sessions with the configured execution provider: CUDA when asked for (or on Auto) and loadable,
/// the CPU provider otherwise. Logs which one each session got.
/// </summary>
public sealed class ModelSessionFactory(IOptions<InferenceOptions> options, ILogger<ModelSessionFactory> logger)
{
    private readonly InferenceOptions _options = options.Value;

    // Set once the CUDA provider itself failed to load (missing driver or CUDA libraries): that holds for
    // the whole process, so later sessions go straight to the CPU instead of failing the same way again.
    private volatile string? _cudaUnavailable;

    /// <summary>Opens a session for a ready model version.</summary>
    /// <param name="descriptor">The model version.</param>
    /// <param name="replica">The replica index: it picks the CUDA device, round robin over <see cref="InferenceOptions.CudaDevices"/>.</param>
    /// <exception cref="InvalidOperationException">The version is not ready.</exception>
    public OnnxModelSession Create(ModelDescriptor descriptor, int replica = 0)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!descriptor.Ready)
        {
            throw new InvalidOperationException($"Model {descriptor.Key} is not ready: {descriptor.NotReadyReason}");
        }

        if (_options.ExecutionProvider != ExecutionProvider.Cpu && _cudaUnavailable is { } known)
        {
            InferenceLog.CudaUnavailable(logger, descriptor.Name, descriptor.Version, known);
        }
        else if (_options.ExecutionProvider != ExecutionProvider.Cpu)
        {
            var device = _options.CudaDevices.Length == 0 ? 0 : _options.CudaDevices[replica % _options.CudaDevices.Length];
            var cuda = TryCreate(descriptor, device, out var failure);
            if (cuda is not null)
            {
                InferenceLog.ExecutionProviderSelected(logger, descriptor.Name, descriptor.Version, "CUDA", $" (device {device})");
                return new OnnxModelSession(descriptor, cuda, "CUDA");
            }

            InferenceLog.CudaUnavailable(logger, descriptor.Name, descriptor.Version, failure ?? "unknown");
        }

        var cpu = TryCreate(descriptor, cudaDevice: null, out var cpuFailure)
            ?? throw new InvalidOperationException($"Model {descriptor.Key} could not be loaded: {cpuFailure}");
        InferenceLog.ExecutionProviderSelected(logger, descriptor.Name, descriptor.Version, "CPU", string.Empty);
        return new OnnxModelSession(descriptor, cpu, "CPU");
    }

    private InferenceSession? TryCreate(ModelDescriptor descriptor, int? cudaDevice, out string? failure)
    {
        failure = null;
        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        try
        {
            if (_options.IntraOpThreads > 0)
            {
                sessionOptions.IntraOpNumThreads = _options.IntraOpThreads;
            }

            var spin = _options.AllowSpinning ? "1" : "0";
            sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", spin);
            sessionOptions.AddSessionConfigEntry("session.inter_op.allow_spinning", spin);

            if (cudaDevice is { } device)
            {
                try
                {
                    sessionOptions.AppendExecutionProvider_CUDA(device);
                }
                catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException)
                {
                    _cudaUnavailable = ex.Message;
                    throw;
                }
            }

            return new InferenceSession(descriptor.ModelPath, sessionOptions);
        }
        catch (OnnxRuntimeException ex)
        {
            failure = ex.Message;
            return null;
        }
        catch (DllNotFoundException ex)
        {
            failure = ex.Message;
            return null;
        }
        catch (EntryPointNotFoundException ex)
        {
            failure = ex.Message;
            return null;
        }
        finally
        {
            sessionOptions.Dispose();
        }
    }
}
