using Grpc.Core;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Server.Tests;

public sealed class BrokenModelTests(BrokenModelServerFixture server) : IClassFixture<BrokenModelServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("garbage-file", "garbage-file/1/model.onnx")]
    [InlineData("bad-config", "bad-config/config.json")]
    [InlineData("class-mismatch", "names 4 classes")]
    public async Task ListModels_BrokenModel_NotReadyWithPathAndReason(string name, string fragment)
    {
        var response = await server.Client.ListModelsAsync(new ListModelsRequest(), ServerFixture.TenantHeaders(), cancellationToken: Ct);

        var model = Assert.Single(response.Models, m => m.Name == name);
        Assert.False(model.Ready);
        Assert.Contains(fragment, model.NotReadyReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_BrokenModel_FailedPreconditionWithReason()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await server.Client.ClassifyAsync(
            ClassifyTests.Request("garbage-file", new float[30]), ServerFixture.TenantHeaders(), cancellationToken: Ct));

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Contains("no ready version", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_GoodModelBesideBrokenOnes_Serves()
    {
        var response = await server.Client.ClassifyAsync(
            ClassifyTests.Request("breast-cancer", SampleData.BreastCancer()[0].Features), ServerFixture.TenantHeaders(), cancellationToken: Ct);

        Assert.Single(response.Predictions);
    }
}
