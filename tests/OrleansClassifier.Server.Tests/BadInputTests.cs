using Grpc.Core;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Server.Tests;

public sealed class BadInputTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static float[] GoodRow => SampleData.BreastCancer()[0].Features;

    [Fact]
    public async Task Classify_UnknownModel_NotFoundNamingIt()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(ClassifyTests.Request("no-such-model", GoodRow)));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Contains("'no-such-model'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("breast-cancer", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_UnknownVersion_NotFound()
    {
        var request = ClassifyTests.Request("breast-cancer", GoodRow);
        request.ModelVersion = 42;

        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(request));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Contains("no version 42", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_WrongFeatureCount_InvalidArgumentNamingExpectedAndActual()
    {
        var request = ClassifyTests.Request("breast-cancer", GoodRow);
        var short1 = new Instance { InstanceId = "short-one" };
        short1.Features.AddRange(GoodRow.Take(29));
        request.Instances.Add(short1);

        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(request));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("instances[1] (instance_id 'short-one') has 29 features", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("expects 30", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(float.NaN, "NaN")]
    [InlineData(float.PositiveInfinity, "Infinity")]
    [InlineData(float.NegativeInfinity, "-Infinity")]
    public async Task Classify_NonFiniteFeature_InvalidArgumentNamingIt(float bad, string shown)
    {
        var row = GoodRow;
        row[7] = bad;

        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(ClassifyTests.Request("breast-cancer", row)));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains($"instances[0] feature 7 is {shown}", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("finite", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_NoInstances_InvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(new ClassifyRequest { RequestId = "empty", Model = "breast-cancer" }));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("no instances", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_NoModelName_InvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(ClassifyTests.Request(string.Empty, GoodRow)));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("model is required", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_OversizedMessage_ResourceExhausted()
    {
        // 5 MB of features against the default 4 MB limit.
        var request = ClassifyTests.Request("breast-cancer", new float[1_300_000]);

        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(request));

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
    }

    [Fact]
    public async Task Classify_TooManyInstances_InvalidArgumentNamingLimit()
    {
        var request = new ClassifyRequest { RequestId = "big", Model = "breast-cancer" };
        for (var i = 0; i < 4097; i++)
        {
            var instance = new Instance();
            instance.Features.AddRange(GoodRow);
            request.Instances.Add(instance);
        }

        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(request));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("the limit is 4096", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_NoTenant_Unauthenticated()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await server.Client.ClassifyAsync(ClassifyTests.Request("breast-cancer", GoodRow), cancellationToken: Ct));

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
        Assert.Contains("x-tenant-id", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_InvalidTenantId_Unauthenticated()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await server.Client.ClassifyAsync(ClassifyTests.Request("breast-cancer", GoodRow), ServerFixture.TenantHeaders("bad tenant!"), cancellationToken: Ct));

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    [Fact]
    public async Task Classify_AfterBadRequests_ServerStillServes()
    {
        await Assert.ThrowsAsync<RpcException>(() => Call(ClassifyTests.Request("breast-cancer", [float.NaN])));

        var response = await Call(ClassifyTests.Request("breast-cancer", GoodRow));

        Assert.Single(response.Predictions);
    }

    private async Task<ClassifyResponse> Call(ClassifyRequest request) =>
        await server.Client.ClassifyAsync(request, ServerFixture.TenantHeaders(), cancellationToken: Ct);
}
