namespace OrleansClassifier.Models.Tests.TestSupport;

/// <summary>Finds the checkout root: the nearest directory above the test binaries holding OrleansClassifier.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrleansClassifier.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No OrleansClassifier.sln above {AppContext.BaseDirectory}.");
    }
}
