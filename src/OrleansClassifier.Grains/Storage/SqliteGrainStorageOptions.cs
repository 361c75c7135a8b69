namespace OrleansClassifier.Grains.Storage;

/// <summary>Options of a <see cref="SqliteGrainStorage"/>.</summary>
public sealed class SqliteGrainStorageOptions
{
    /// <summary>
    /// The database file. A relative path is taken from the application's base directory. The default value is
    /// <c>data/orleans-classifier.db</c> (a <c>data</c> folder next to the binary); the folder is created.
    /// </summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "orleans-classifier.db");

    /// <summary>The resolved absolute path of <see cref="DatabasePath"/>.</summary>
    public string ResolvedPath => Path.IsPathRooted(DatabasePath) ? DatabasePath : Path.Combine(AppContext.BaseDirectory, DatabasePath);
}
