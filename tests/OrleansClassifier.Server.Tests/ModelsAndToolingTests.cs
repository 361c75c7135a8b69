using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Server.Tests;

public sealed class ModelsAndToolingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListModels_DemoRepository_BothModelsReadyWithShapes()
    {
        var response = await server.Client.ListModelsAsync(new ListModelsRequest(), ServerFixture.TenantHeaders(), cancellationToken: Ct);

        var binary = Assert.Single(response.Models, m => m.Name == "breast-cancer");
        Assert.True(binary.Ready);
        Assert.Equal(1, binary.DefaultVersion);
        var v1 = Assert.Single(binary.Versions);
        Assert.Equal(ModelTask.Binary, v1.Task);
        Assert.Equal(30, v1.FeatureCount);
        Assert.Equal(["benign", "malignant"], v1.ClassNames);
        Assert.Equal("probabilities", v1.OutputKind);
        Assert.True(v1.HasTrainingPositiveRate);

        var multi = Assert.Single(response.Models, m => m.Name == "gaussian-3class");
        Assert.True(multi.Ready);
        Assert.Equal(ModelTask.Multiclass, multi.Versions[0].Task);
        Assert.Equal("logits", multi.Versions[0].OutputKind);
        Assert.Equal(3, multi.Versions[0].ClassNames.Count);
    }

    [Fact]
    public async Task GetModel_Unknown_NotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await server.Client.GetModelAsync(new GetModelRequest { Name = "nope" }, ServerFixture.TenantHeaders(), cancellationToken: Ct));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task GetModel_Known_Described()
    {
        var info = await server.Client.GetModelAsync(new GetModelRequest { Name = "breast-cancer" }, ServerFixture.TenantHeaders(), cancellationToken: Ct);

        Assert.Equal("breast-cancer", info.Name);
        Assert.True(info.Ready);
    }

    [Fact]
    public async Task Health_OverallService_Serving()
    {
        var health = new Health.HealthClient(server.Channel);

        var response = await health.CheckAsync(new HealthCheckRequest(), cancellationToken: Ct);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_ListServices_IncludesClassifierAndHealth()
    {
        var reflection = new ServerReflection.ServerReflectionClient(server.Channel);
        using var call = reflection.ServerReflectionInfo(cancellationToken: Ct);

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty }, Ct);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(Ct));
        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("orleans_classifier.v1.Classifier", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }
}
