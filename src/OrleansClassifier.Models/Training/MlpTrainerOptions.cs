namespace OrleansClassifier.Models.Training;

/// <summary>Hyper-parameters of <see cref="MlpTrainer"/>.</summary>
internal sealed class MlpTrainerOptions
{
    /// <summary>Widths of the hidden ReLU layers, input side first. The default value is [64].</summary>
    public IReadOnlyList<int> HiddenLayers { get; init; } = [64];

    /// <summary>The objective. The default value is <see cref="MlpLoss.BinaryCrossEntropy"/>.</summary>
    public MlpLoss Loss { get; init; } = MlpLoss.BinaryCrossEntropy;

    /// <summary>Passes over the training rows. The default value is 50.</summary>
    public int Epochs { get; init; } = 50;

    /// <summary>Rows per Adam step. The default value is 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Adam step size. The default value is 0.001.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Adam first-moment decay. The default value is 0.9.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>Adam second-moment decay. The default value is 0.999.</summary>
    public double Beta2 { get; init; } = 0.999;

    /// <summary>Adam denominator guard. The default value is 1e-8.</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>Seed of the weight initialisation and of the per-epoch shuffles. The default value is 1.</summary>
    public ulong Seed { get; init; } = 1;
}
