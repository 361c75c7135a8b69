using Microsoft.ML.OnnxRuntime;

namespace OrleansClassifier.Inference;

/// <summary>
/// One ONNX Runtime session of a model version. <see cref="Run"/> is thread-safe (ONNX Runtime allows
/// concurrent <c>Run</c> calls on one session) and returns decoded class probabilities.
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
        ArgumentNullException.ThrowIfNull(features);
        var featureCount = Descriptor.FeatureCount;
        if (rows <= 0 || features.Length != rows * featureCount)
        {
            throw new ArgumentException($"Expected {rows} rows of {featureCount} features ({rows * featureCount} values), got {features.Length}.", nameof(features));
        }

        using var input = OrtValue.CreateTensorValueFromMemory(features, [rows, featureCount]);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, _inputNames, [input], _outputNames);
        var raw = outputs[0].GetTensorDataAsSpan<float>();
        var probabilities = new float[rows * ClassCount];
        var config = Descriptor.Config!;
        OutputDecoder.Decode(config.Task, config.Output, raw, rows, Descriptor.OutputColumns, probabilities);
        return probabilities;
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
