using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrleansClassifier.Tests.Shared;

namespace OrleansClassifier.Inference.Tests;

public sealed class ModelSessionFactoryTests
{
    private static readonly ModelCatalog Catalog = ModelRepositoryScanner.Scan(TestPaths.DemoModelRepository, NullLogger.Instance);

    [Fact]
    public void Create_CpuProvider_RunsAndDecodesRows()
    {
        using var session = Factory(ExecutionProvider.Cpu).Create(Descriptor("breast-cancer/1"));
        var features = new float[3 * 30];

        var probabilities = session.Run(features, 3);

        Assert.Equal("CPU", session.Provider);
        Assert.Equal(2, session.ClassCount);
        Assert.Equal(6, probabilities.Length);
        for (var row = 0; row < 3; row++)
        {
            Assert.InRange(probabilities[(row * 2) + 1], 0f, 1f);
            Assert.Equal(1f, probabilities[row * 2] + probabilities[(row * 2) + 1], 6);
        }

        // Identical rows give identical answers.
        Assert.Equal(probabilities[1], probabilities[5]);
    }

    [Fact]
    public void Create_AutoWithoutUsableCuda_FallsBackToCpuAndSaysSo()
    {
        var logger = new RecordingLogger();
        using var session = Factory(ExecutionProvider.Auto, logger).Create(Descriptor("gaussian-3class/1"));

        if (session.Provider == "CUDA")
        {
            Assert.Skip("CUDA loads on this machine: the fallback is not exercised here.");
        }

        Assert.Equal("CPU", session.Provider);
        Assert.Contains(logger.Events, e => e == "CudaUnavailable");
        Assert.Contains(logger.Events, e => e == "ExecutionProviderSelected");
    }

    [Fact]
    public void Create_CudaOnGpuMachine_RunsOnCuda()
    {
        using var session = Factory(ExecutionProvider.Cuda).Create(Descriptor("breast-cancer/1"));
        if (session.Provider != "CUDA")
        {
            Assert.Skip("No usable CUDA device here (needs an NVIDIA GPU and CUDA 13 libraries): GPU test skipped.");
        }

        using var cpu = Factory(ExecutionProvider.Cpu).Create(Descriptor("breast-cancer/1"));
        var features = Enumerable.Range(0, 4 * 30).Select(i => (float)(i % 17)).ToArray();
        var onGpu = session.Run(features, 4);
        var onCpu = cpu.Run(features, 4);
        for (var i = 0; i < onGpu.Length; i++)
        {
            Assert.Equal(onCpu[i], onGpu[i], 4);
        }
    }

    [Fact]
    public void Run_WrongLength_ThrowsNamingShape()
    {
        using var session = Factory(ExecutionProvider.Cpu).Create(Descriptor("breast-cancer/1"));

        var ex = Assert.Throws<ArgumentException>(() => session.Run(new float[31], 1));

        Assert.Contains("Expected 1 rows of 30 features", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NotReadyDescriptor_Throws()
    {
        var broken = Descriptor("breast-cancer/1") with { NotReadyReason = "broken on purpose" };

        var ex = Assert.Throws<InvalidOperationException>(() => Factory(ExecutionProvider.Cpu).Create(broken));

        Assert.Contains("broken on purpose", ex.Message, StringComparison.Ordinal);
    }

    private static ModelDescriptor Descriptor(string key) =>
        Catalog.TryGetByKey(key, out var d) ? d : throw new InvalidOperationException($"{key} is not in the demo repository");

    private static ModelSessionFactory Factory(ExecutionProvider provider, ILogger<ModelSessionFactory>? logger = null) =>
        new(Options.Create(new InferenceOptions { ExecutionProvider = provider, IntraOpThreads = 1 }), logger ?? NullLogger<ModelSessionFactory>.Instance);

    private sealed class RecordingLogger : ILogger<ModelSessionFactory>
    {
        public List<string> Events { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Events.Add(eventId.Name ?? string.Empty);
    }
}
