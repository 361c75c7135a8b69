namespace OrleansClassifier.Inference;

/// <summary>What a model predicts.</summary>
public enum ModelTask
{
    /// <summary>Two classes: the graph gives the positive class's probability (or logit), or both.</summary>
    Binary = 1,

    /// <summary>More than two classes: the graph gives one probability (or logit) per class.</summary>
    Multiclass = 2,
}
