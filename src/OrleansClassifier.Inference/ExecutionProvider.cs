namespace OrleansClassifier.Inference;

/// <summary>Which ONNX Runtime execution provider a session asks for.</summary>
public enum ExecutionProvider
{
    /// <summary>CUDA when it loads, the CPU otherwise.</summary>
    Auto = 0,

    /// <summary>The CPU provider only.</summary>
    Cpu = 1,

    /// <summary>CUDA; falls back to the CPU (with a warning) when it does not load.</summary>
    Cuda = 2,
}
