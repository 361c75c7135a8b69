using System.ComponentModel.DataAnnotations;

namespace OrleansClassifier.Inference;

/// <summary>How model sessions run (configuration section <c>Classifier:Inference</c>).</summary>
public sealed class InferenceOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Classifier:Inference";

    /// <summary>The execution provider. The default value is <see cref="ExecutionProvider.Auto"/>: CUDA when loadable, else CPU.</summary>
    public ExecutionProvider ExecutionProvider { get; set; } = ExecutionProvider.Auto;

    /// <summary>
    /// The CUDA devices of this silo; replica <c>i</c> of a model runs on device <c>CudaDevices[i % n]</c>.
    /// The default value is <c>[0]</c>.
    /// </summary>
    [MinLength(1)]
    public int[] CudaDevices { get; set; } = [0];

    /// <summary>Threads per CPU inference (ONNX Runtime intra-op threads); 0 lets ONNX Runtime choose. The default value is 0.</summary>
    [Range(0, 1024)]
    public int IntraOpThreads { get; set; }

    /// <summary>
    /// Whether ONNX Runtime's intra-op threads spin after a run waiting for the next one. Spinning wins a few
    /// microseconds per batch on a machine with cores to spare, and steals them from the gRPC front-end and Orleans
    /// on one without: measured here (2 cores, BENCHMARKS.md), the 30-feature demo model served 18–22k rows/s spinning, 49k not.
    /// The default value is false.
    /// </summary>
    public bool AllowSpinning { get; set; }
}
