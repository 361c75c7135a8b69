namespace OrleansClassifier.Tests.Shared;

/// <summary>Paths of the repository the tests run from, found by walking up to the solution file.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrleansClassifier.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"OrleansClassifier.sln was not found above {AppContext.BaseDirectory}.");
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>The demo model repository committed with the server.</summary>
    public static string DemoModelRepository => Path.Combine(RepositoryRoot, "src", "OrleansClassifier.Server", "model-repository");

    /// <summary>The sample data committed with the command line.</summary>
    public static string Samples => Path.Combine(RepositoryRoot, "src", "OrleansClassifier.Cli", "samples");

    /// <summary>Copies a folder tree into a new temporary folder and returns its path.</summary>
    public static string CopyToTemp(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "oc-tests-" + Guid.NewGuid().ToString("N"));
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }

        return target;
    }

    /// <summary>A free TCP port on the loopback interface (for silo ports; Kestrel binds port 0 itself).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
