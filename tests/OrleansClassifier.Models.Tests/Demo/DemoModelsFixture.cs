using OrleansClassifier.Models.Tests.TestSupport;

namespace OrleansClassifier.Models.Tests.Demo;

/// <summary>One generation of the demo models, shared by the tests of a class.</summary>
public sealed class DemoModelsFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public DemoModelsFixture()
    {
        RepositoryDirectory = Path.Combine(_directory.Path, "model-repository");
        SamplesDirectory = Path.Combine(_directory.Path, "samples");
        Report = DemoModels.Generate(RepositoryDirectory, SamplesDirectory);
    }

    public string RepositoryDirectory { get; }

    public string SamplesDirectory { get; }

    public DemoModelReport Report { get; }

    public DemoModelSummary Model(string name) => Report.Models.Single(m => m.Name == name);

    public void Dispose() => _directory.Dispose();
}
