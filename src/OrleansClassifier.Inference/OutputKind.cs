namespace OrleansClassifier.Inference;

/// <summary>What the graph's output holds.</summary>
public enum OutputKind
{
    /// <summary>Probabilities: sigmoid or softmax already applied in the graph.</summary>
    Probabilities = 1,

    /// <summary>Logits: the service applies sigmoid (one column) or softmax (several).</summary>
    Logits = 2,
}
