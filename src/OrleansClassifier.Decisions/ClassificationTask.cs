namespace OrleansClassifier.Decisions;

/// <summary>What a model's output means, and so which rule turns it into a label.</summary>
public enum ClassificationTask
{
    /// <summary>One positive-class probability, decided by a threshold.</summary>
    Binary = 1,

    /// <summary>A probability per class, decided by argmax.</summary>
    Multiclass = 2,
}
