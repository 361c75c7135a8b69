using Microsoft.ML.OnnxRuntime;

namespace OrleansClassifier.Models.Tests.TestSupport;

/// <summary>Runs an ONNX model through ONNX Runtime's CPU provider.</summary>
internal static class OrtRunner
{
    public static (float[] Values, long[] Shape) Run(byte[] model, string inputName, string outputName, float[] input, int batch)
    {
        using var session = new InferenceSession(model);
        return Run(session, inputName, outputName, input, batch);
    }

    public static (float[] Values, long[] Shape) Run(InferenceSession session, string inputName, string outputName, float[] input, int batch)
    {
        var features = input.Length / batch;
        using var value = OrtValue.CreateTensorValueFromMemory(input, [batch, features]);
        using var runOptions = new RunOptions();
        using var results = session.Run(
            runOptions,
            new Dictionary<string, OrtValue> { [inputName] = value },
            [outputName]);
        var output = results[0];
        return (output.GetTensorDataAsSpan<float>().ToArray(), output.GetTensorTypeAndShape().Shape);
    }
}
