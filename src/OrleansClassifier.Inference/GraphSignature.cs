namespace OrleansClassifier.Inference;

/// <summary>What the service needs to know of a graph: its input and output and their widths.</summary>
/// <param name="InputName">The input tensor's name.</param>
/// <param name="FeatureCount">The input's second dimension.</param>
/// <param name="OutputName">The output tensor's name.</param>
/// <param name="OutputColumns">The output's second dimension (1 for a rank-1 output).</param>
public readonly record struct GraphSignature(string InputName, int FeatureCount, string OutputName, int OutputColumns);
