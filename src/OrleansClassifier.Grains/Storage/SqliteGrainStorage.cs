using System.Globalization;
using Microsoft.Data.Sqlite;
using Orleans.Storage;

namespace OrleansClassifier.Grains.Storage;

/// <summary>
/// Grain storage in one SQLite table, one row per (state name, grain id), with an integer ETag for optimistic
/// concurrency: a write or clear whose ETag does not match the stored one fails with
/// <see cref="InconsistentStateException"/>. Made for the embedded, single-machine default; a cluster uses Redis.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage
{
    private readonly string _connectionString;
    private readonly string _storeName;
    private readonly IGrainStorageSerializer _serializer;
    private readonly SemaphoreSlim _init = new(1, 1);
    private volatile bool _ready;

    /// <summary>Creates the storage; the database file and table are created on first use.</summary>
    /// <param name="storeName">The provider's name, kept in every row so several providers can share a file.</param>
    /// <param name="options">Where the database is.</param>
    /// <param name="serializer">How states are turned into bytes.</param>
    public SqliteGrainStorage(string storeName, SqliteGrainStorageOptions options, IGrainStorageSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(options);
        _storeName = storeName;
        _serializer = serializer;
        DatabasePath = options.ResolvedPath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload, etag FROM grain_state WHERE store = $store AND state = $state AND grain = $grain";
        AddKey(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var payload = (byte[])reader.GetValue(0);
        grainState.State = _serializer.Deserialize<T>(new BinaryData(payload));
        grainState.ETag = reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = _serializer.Serialize(grainState.State).ToArray();
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        AddKey(command, stateName, grainId);
        command.Parameters.AddWithValue("$payload", payload);
        long next;
        if (grainState.ETag is null)
        {
            // No ETag: the caller believes there is no row; a row already there is a conflict (the insert fails).
            next = 1;
            command.CommandText = "INSERT OR IGNORE INTO grain_state (store, state, grain, payload, etag) VALUES ($store, $state, $grain, $payload, 1)";
        }
        else
        {
            var expected = ParseETag(grainState.ETag);
            next = expected + 1;
            command.Parameters.AddWithValue("$expected", expected);
            command.CommandText = "UPDATE grain_state SET payload = $payload, etag = etag + 1 WHERE store = $store AND state = $state AND grain = $grain AND etag = $expected";
        }

        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw await ConflictAsync(connection, stateName, grainId, grainState.ETag, "write");
        }

        grainState.ETag = next.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        AddKey(command, stateName, grainId);
        if (grainState.ETag is null)
        {
            command.CommandText = "SELECT COUNT(*) FROM grain_state WHERE store = $store AND state = $state AND grain = $grain";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) != 0)
            {
                throw await ConflictAsync(connection, stateName, grainId, null, "clear");
            }
        }
        else
        {
            command.Parameters.AddWithValue("$expected", ParseETag(grainState.ETag));
            command.CommandText = "DELETE FROM grain_state WHERE store = $store AND state = $state AND grain = $grain AND etag = $expected";
            if (await command.ExecuteNonQueryAsync() != 1)
            {
                throw await ConflictAsync(connection, stateName, grainId, grainState.ETag, "clear");
            }
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    private static long ParseETag(string etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InconsistentStateException($"ETag '{etag}' was not written by this storage", "(unknown)", etag);

    private void AddKey(SqliteCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("$store", _storeName);
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
    }

    private async Task<InconsistentStateException> ConflictAsync(
        SqliteConnection connection, string stateName, GrainId grainId, string? expected, string operation)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag FROM grain_state WHERE store = $store AND state = $state AND grain = $grain";
        AddKey(command, stateName, grainId);
        var stored = await command.ExecuteScalarAsync() is long value ? value.ToString(CultureInfo.InvariantCulture) : "(none)";
        return new InconsistentStateException(
            $"SQLite storage '{_storeName}': {operation} of state '{stateName}' of grain {grainId} expected ETag {expected ?? "(none)"} but found {stored}",
            stored,
            expected ?? "(none)");
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        if (!_ready)
        {
            await InitializeAsync();
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task InitializeAsync()
    {
        await _init.WaitAsync();
        try
        {
            if (_ready)
            {
                return;
            }

            if (Path.GetDirectoryName(DatabasePath) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS grain_state (
                    store   TEXT    NOT NULL,
                    state   TEXT    NOT NULL,
                    grain   TEXT    NOT NULL,
                    payload BLOB    NOT NULL,
                    etag    INTEGER NOT NULL,
                    PRIMARY KEY (store, state, grain));
                """;
            await command.ExecuteNonQueryAsync();
            _ready = true;
        }
        finally
        {
            _init.Release();
        }
    }
}
