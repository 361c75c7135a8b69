using System.Globalization;
using OrleansClassifier.Models.Data;
using OrleansClassifier.Models.Demo;
using OrleansClassifier.Models.Onnx;
using OrleansClassifier.Models.Training;

namespace OrleansClassifier.Models;

/// <summary>
/// Generates the demo model repository and its sample files. Everything is deterministic: the same
/// build writes byte-identical files on every run and every machine, so the committed artifacts can be
/// checked against a fresh generation.
/// </summary>
/// <remarks>
/// Layout: <c>&lt;repository&gt;/&lt;name&gt;/config.json</c> and <c>&lt;repository&gt;/&lt;name&gt;/&lt;version&gt;/model.onnx</c>.
/// Every model takes one input, <c>features</c>, float [batch, F] with a symbolic batch dimension, and
/// has its feature standardisation built into the graph, so callers send raw feature values.
/// </remarks>
public static class DemoModels
{
    /// <summary>The binary model trained on the Breast Cancer Wisconsin (Diagnostic) data set.</summary>
    public const string BreastCancerModelName = "breast-cancer";

    /// <summary>The multi-class model trained on synthetic Gaussian clusters; its graph emits logits.</summary>
    public const string GaussianModelName = "gaussian-3class";

    /// <summary>The default name of the untrained benchmark model.</summary>
    public const string HeavyModelName = "heavy-mlp";

    /// <summary>The input tensor name of every demo model.</summary>
    public const string InputName = "features";

    /// <summary>The breast-cancer sample: held-out rows with <c>id</c>, the 30 features and <c>malignant</c>.</summary>
    public const string BreastCancerSampleCsv = "breast_cancer_sample.csv";

    /// <summary>The same held-out breast-cancer rows as JSON lines: <c>{"id":"...","features":[...]}</c>.</summary>
    public const string BreastCancerSampleJsonLines = "breast_cancer_sample.jsonl";

    /// <summary>The multi-class sample: held-out rows with <c>id</c>, the features and <c>label</c> (a class name).</summary>
    public const string GaussianSampleCsv = "gaussian_3class_sample.csv";

    private const string ModelFileName = "model.onnx";
    private const ulong BreastCancerSplitSeed = 20_240_501;
    private const ulong BreastCancerTrainingSeed = 20_240_502;
    private const ulong GaussianDataSeed = 20_240_511;
    private const ulong GaussianSplitSeed = 20_240_512;
    private const ulong GaussianTrainingSeed = 20_240_513;
    private const ulong HeavySeed = 20_240_521;

    /// <summary>
    /// Trains and writes the demo models (<see cref="BreastCancerModelName"/> and <see cref="GaussianModelName"/>,
    /// version 1 each) into <paramref name="repositoryDirectory"/>, and their held-out sample files into
    /// <paramref name="samplesDirectory"/>. Directories are created; existing files are overwritten.
    /// </summary>
    /// <param name="repositoryDirectory">The model repository root.</param>
    /// <param name="samplesDirectory">Where the sample files go.</param>
    /// <returns>The written models with their held-out accuracies, and the sample files.</returns>
    public static DemoModelReport Generate(string repositoryDirectory, string samplesDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(samplesDirectory);
        Directory.CreateDirectory(samplesDirectory);
        var samples = new List<string>();

        var breastCancer = GenerateBreastCancer(repositoryDirectory, samplesDirectory, samples);
        var gaussian = GenerateGaussian(repositoryDirectory, samplesDirectory, samples);
        return new DemoModelReport { Models = [breastCancer, gaussian], SampleFiles = samples };
    }

    /// <summary>
    /// Writes an untrained benchmark model: 256 → 1024 ReLU → 1024 ReLU → 10 softmax, with seeded He-uniform
    /// weights (about 5 MB), output <c>probabilities</c> [batch, 10], classes <c>class-0</c> … <c>class-9</c>.
    /// Its predictions mean nothing; it exists to load a runtime. It is not part of the committed repository.
    /// </summary>
    /// <param name="repositoryDirectory">The model repository root.</param>
    /// <param name="name">The model name. The default value is <c>heavy-mlp</c>.</param>
    /// <param name="version">The model version. The default value is 1.</param>
    /// <returns>The written model.</returns>
    public static DemoModelSummary GenerateHeavy(string repositoryDirectory, string name = HeavyModelName, int version = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);

        const int inputs = 256;
        const int hidden = 1024;
        const int classes = 10;
        var random = new SplitMix64(HeavySeed);
        var layers = new[]
        {
            HeRandomLayer(inputs, hidden, LayerActivation.Relu, random),
            HeRandomLayer(hidden, hidden, LayerActivation.Relu, random),
            HeRandomLayer(hidden, classes, LayerActivation.Softmax, random),
        };
        var classNames = Enumerable.Range(0, classes)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"class-{i}"))
            .ToArray();
        var description =
            "Benchmark model with seeded random He-uniform weights, not trained: MLP 256-1024-1024-10, " +
            "ReLU hidden layers, softmax output. Its predictions carry no meaning.";
        var definition = new MlpModelDefinition
        {
            GraphName = name,
            InputName = InputName,
            OutputName = "probabilities",
            Layers = layers,
            ModelVersion = version,
            Metadata = Metadata(description, Enumerable.Range(1, inputs).Select(i => $"x{i}"), classNames),
        };
        var config = new ModelConfigDocument("multiclass", "probabilities", InputName, "probabilities", classNames, null, description);
        return WriteModel(repositoryDirectory, name, version, definition, config, accuracy: null, trainRows: 0, testRows: 0);
    }

    private static DemoModelSummary GenerateBreastCancer(string repositoryDirectory, string samplesDirectory, List<string> samples)
    {
        var data = BreastCancerData.Load();
        var split = TrainTestSplit.Stratified(data.Labels, data.ClassCount, testFraction: 0.2, BreastCancerSplitSeed);
        var train = data.Subset(split.Train);
        var test = data.Subset(split.Test);
        var options = new MlpTrainerOptions
        {
            HiddenLayers = [128, 64],
            Loss = MlpLoss.BinaryCrossEntropy,
            Epochs = 40,
            BatchSize = 32,
            LearningRate = 1e-3,
            Seed = BreastCancerTrainingSeed,
        };
        var network = MlpTrainer.Train(train, Standardization.Fit(train), options).RoundedToSingle();
        var accuracy = network.Accuracy(test);
        var positiveRate = Math.Round(train.LabelRate(1), 4, MidpointRounding.AwayFromZero);

        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"Breast Cancer Wisconsin (Diagnostic) classifier, probability of malignant. MLP 30-128-64-1 " +
            $"(ReLU, sigmoid output) with feature standardisation built in, trained with Adam for {options.Epochs} epochs " +
            $"on a stratified 80/20 split ({train.RowCount} training rows). Held-out test accuracy {accuracy:F4} " +
            $"on {test.RowCount} rows. Data: UCI ML Repository, Wolberg, Street and Mangasarian, CC BY 4.0.");
        var definition = MlpModelDefinition.FromNetwork(
            network, BreastCancerModelName, "probability", Metadata(description, data.FeatureNames, data.ClassNames));
        var config = new ModelConfigDocument(
            "binary", "probabilities", InputName, "probability", data.ClassNames, positiveRate, description);
        var summary = WriteModel(repositoryDirectory, BreastCancerModelName, 1, definition, config, accuracy, train.RowCount, test.RowCount);

        var csv = Path.GetFullPath(Path.Combine(samplesDirectory, BreastCancerSampleCsv));
        SampleFileWriter.WriteCsv(csv, test, BreastCancerData.LabelColumn, label => label.ToString(CultureInfo.InvariantCulture));
        var jsonLines = Path.GetFullPath(Path.Combine(samplesDirectory, BreastCancerSampleJsonLines));
        SampleFileWriter.WriteJsonLines(jsonLines, test);
        samples.Add(csv);
        samples.Add(jsonLines);
        return summary;
    }

    private static DemoModelSummary GenerateGaussian(string repositoryDirectory, string samplesDirectory, List<string> samples)
    {
        var data = GaussianClusters.Generate(rowsPerClass: 200, GaussianDataSeed);
        var split = TrainTestSplit.Stratified(data.Labels, data.ClassCount, testFraction: 0.2, GaussianSplitSeed);
        var train = data.Subset(split.Train);
        var test = data.Subset(split.Test);
        var options = new MlpTrainerOptions
        {
            HiddenLayers = [32, 16],
            Loss = MlpLoss.SoftmaxCrossEntropy,
            Epochs = 60,
            BatchSize = 32,
            LearningRate = 1e-3,
            Seed = GaussianTrainingSeed,
        };
        var network = MlpTrainer.Train(train, Standardization.Fit(train), options).RoundedToSingle();
        var accuracy = network.Accuracy(test);

        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"Synthetic demo, not real data: three overlapping Gaussian clusters (alpha, beta, gamma) in 6 features, " +
            $"{data.RowCount} rows drawn from a fixed seed. MLP 6-32-16-3 (ReLU) emitting logits; the service applies softmax. " +
            $"Trained with Adam for {options.Epochs} epochs on a stratified 80/20 split. Held-out test accuracy {accuracy:F4} " +
            $"on {test.RowCount} rows (chance is about 0.33).");
        var definition = MlpModelDefinition.FromNetwork(
            network, GaussianModelName, "logits", Metadata(description, data.FeatureNames, data.ClassNames));
        var config = new ModelConfigDocument("multiclass", "logits", InputName, "logits", data.ClassNames, null, description);
        var summary = WriteModel(repositoryDirectory, GaussianModelName, 1, definition, config, accuracy, train.RowCount, test.RowCount);

        var csv = Path.GetFullPath(Path.Combine(samplesDirectory, GaussianSampleCsv));
        SampleFileWriter.WriteCsv(csv, test, GaussianClusters.LabelColumn, label => data.ClassNames[label]);
        samples.Add(csv);
        return summary;
    }

    private static DemoModelSummary WriteModel(
        string repositoryDirectory,
        string name,
        int version,
        MlpModelDefinition definition,
        ModelConfigDocument config,
        double? accuracy,
        int trainRows,
        int testRows)
    {
        var modelDirectory = Path.GetFullPath(Path.Combine(repositoryDirectory, name));
        var modelPath = Path.Combine(modelDirectory, version.ToString(CultureInfo.InvariantCulture), ModelFileName);
        var configPath = Path.Combine(modelDirectory, ModelConfigDocument.FileName);
        OnnxModelWriter.Write(modelPath, definition with { ModelVersion = version });
        config.Write(configPath);
        return new DemoModelSummary
        {
            Name = name,
            Version = version,
            ModelPath = modelPath,
            ConfigPath = configPath,
            TestAccuracy = accuracy,
            TrainRows = trainRows,
            TestRows = testRows,
        };
    }

    private static KeyValuePair<string, string>[] Metadata(
        string description, IEnumerable<string> featureNames, IEnumerable<string> classNames) =>
    [
        new("producer", OnnxModelWriter.ProducerName),
        new("description", description),
        new("feature_names", string.Join(',', featureNames)),
        new("class_names", string.Join(',', classNames)),
    ];

    private static OnnxDenseLayer HeRandomLayer(int inputs, int outputs, LayerActivation activation, SplitMix64 random)
    {
        var limit = Math.Sqrt(6.0 / inputs);
        var weights = new float[inputs * outputs];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)random.NextUniform(-limit, limit);
        }

        return new OnnxDenseLayer(inputs, outputs, weights, new float[outputs], activation);
    }
}
