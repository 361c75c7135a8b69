namespace OrleansClassifier.Models.Onnx;

/// <summary>How a dense layer is spelled in the ONNX graph.</summary>
internal enum DenseOperator
{
    /// <summary>MatMul followed by Add: the most widely optimised pair.</summary>
    MatMulAdd = 0,

    /// <summary>A single Gemm node (alpha = beta = 1, no transposes).</summary>
    Gemm = 1,
}
