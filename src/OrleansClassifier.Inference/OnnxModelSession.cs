using Microsoft.ML.OnnxRuntime;

namespace OrleansClassifier.Inference;

/// <summary>
/// One ONNX Runtime session of a model version. <c>Run</c> is thread-safe (ONNX Runtime allows
/// concurrent <c>Run</c> calls on one session) and gives decoded class probabilities.
/// </summary>
public sealed class OnnxModelSession : IDisposable
{
    private readonly InferenceSession _session;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;

    internal OnnxModelSession(ModelDescriptor descriptor, InferenceSession session, string provider)
    {
        Descriptor = descriptor;
        _session = session;
        Provider = provider;
        _inputNames = [descriptor.InputName];
        _outputNames = [descriptor.OutputName];
        ClassCount = OutputDecoder.ClassColumns(descriptor.Config!.Task, descriptor.OutputColumns);
    }

    /// <summary>The model version served.</summary>
    public ModelDescriptor Descriptor { get; }

    /// <summary>The execution provider in use: <c>CUDA</c> or <c>CPU</c>.</summary>
    public string Provider { get; }

    /// <summary>The probability columns per row.</summary>
    public int ClassCount { get; }

    /// <summary>Runs <paramref name="rows"/> instances, packed row-major in <paramref name="features"/>.</summary>
    /// <returns>Class probabilities, <see cref="ClassCount"/> per row, row-major.</returns>
    public float[] Run(float[] features, int rows)
    {
        var probabilities = new float[Math.Max(rows, 0) * ClassCount];
        Run(features, rows, probabilities);
        return probabilities;
    }

    /// <summary>
    /// Runs the first <paramref name="rows"/> rows of <paramref name="features"/> (which may be longer: a buffer
    /// allocated once for the largest batch) and writes their probabilities to <paramref name="destination"/>.
    /// </summary>
    public void Run(float[] features, int rows, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(features);
        var featureCount = Descriptor.FeatureCount;
        if (rows <= 0 || features.Length < rows * featureCount || (features.Length != rows * featureCount && features.Length % featureCount != 0))
        {
            throw new ArgumentException($"Expected {rows} rows of {featureCount} features ({rows * featureCount} values), got {features.Length}.", nameof(features));
        }

        // The tensor views the caller's buffer: no copy, no allocation of the input.
        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, features.AsMemory(0, rows * featureCount), [rows, featureCount]);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, _inputNames, [input], _outputNames);
        var raw = outputs[0].GetTensorDataAsSpan<float>();
        var config = Descriptor.Config!;
        OutputDecoder.Decode(config.Task, config.Output, raw, rows, Descriptor.OutputColumns, destination);
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
