using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansClassifier.Grains.Storage;
using OrleansClassifier.Grains.Thresholds;

namespace OrleansClassifier.Grains.Tests.Storage;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private static readonly GrainId Id = GrainId.Create("test", "tenant/model");
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"oc-storage-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    private SqliteGrainStorage NewStorage() =>
        new("test", new SqliteGrainStorageOptions { DatabasePath = _path }, new OrleansGrainStorageSerializer(_services.GetRequiredService<Serializer>()));

    private static GrainState<TenantThresholdState> State(string policy, string? etag = null) =>
        new(new TenantThresholdState { PolicyName = policy, TrainingPositiveRate = 0.2 }, etag);

    [Fact]
    public async Task Write_ThenReadFromAnotherInstance_RoundTripsWithETag()
    {
        var state = State("fixed");
        await NewStorage().WriteStateAsync("s", Id, state);
        Assert.Equal("1", state.ETag);

        var read = new GrainState<TenantThresholdState>(new TenantThresholdState());
        await NewStorage().ReadStateAsync("s", Id, read);
        Assert.True(read.RecordExists);
        Assert.Equal("1", read.ETag);
        Assert.Equal("fixed", read.State!.PolicyName);
        Assert.Equal(0.2, read.State!.TrainingPositiveRate);
    }

    [Fact]
    public async Task Read_Missing_NoRecordNoETag()
    {
        var read = new GrainState<TenantThresholdState>(new TenantThresholdState());
        await NewStorage().ReadStateAsync("s", Id, read);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task Write_StaleETag_InconsistentStateException()
    {
        var storage = NewStorage();
        var first = State("a");
        await storage.WriteStateAsync("s", Id, first);
        var second = State("b", first.ETag);
        await storage.WriteStateAsync("s", Id, first); // first moves to ETag 2
        Assert.Equal("2", first.ETag);

        var ex = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", Id, second));
        Assert.Equal("2", ex.StoredEtag);
        Assert.Equal("1", ex.CurrentEtag);
    }

    [Fact]
    public async Task Write_NoETagWhenRowExists_InconsistentStateException()
    {
        var storage = NewStorage();
        await storage.WriteStateAsync("s", Id, State("a"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", Id, State("b")));
    }

    [Fact]
    public async Task Clear_StaleETagFails_MatchingETagDeletes()
    {
        var storage = NewStorage();
        var state = State("a");
        await storage.WriteStateAsync("s", Id, state);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("s", Id, State("a", "7")));

        await storage.ClearStateAsync("s", Id, state);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        var read = new GrainState<TenantThresholdState>(new TenantThresholdState());
        await storage.ReadStateAsync("s", Id, read);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task States_KeyedByStateNameAndGrain_Independent()
    {
        var storage = NewStorage();
        await storage.WriteStateAsync("s", Id, State("a"));
        var other = State("b");
        await storage.WriteStateAsync("s", GrainId.Create("test", "other"), other);
        await storage.WriteStateAsync("t", Id, State("c"));
        var read = new GrainState<TenantThresholdState>(new TenantThresholdState());
        await storage.ReadStateAsync("s", Id, read);
        Assert.Equal("a", read.State!.PolicyName);
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
