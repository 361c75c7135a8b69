namespace OrleansClassifier.Models.Training;

/// <summary>The training objective, which also fixes the shape of the last layer.</summary>
internal enum MlpLoss
{
    /// <summary>One sigmoid output, the probability of class 1; binary cross-entropy.</summary>
    BinaryCrossEntropy = 0,

    /// <summary>One logit per class (no activation in the network); softmax cross-entropy.</summary>
    SoftmaxCrossEntropy = 1,
}
