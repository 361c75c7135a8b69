namespace OrleansClassifier.Decisions;

/// <summary>A discrete decision for one instance.</summary>
/// <param name="Label">The class index decided.</param>
/// <param name="Score">The score decided on: p for binary models, the winning probability for multi-class ones.</param>
/// <param name="Threshold">The threshold used (binary models only).</param>
public readonly record struct Decision(int Label, float Score, float? Threshold);
