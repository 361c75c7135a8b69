using System.Globalization;
using Grpc.Core;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Server.Tests;

public sealed class ClassifyStreamTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClassifyStream_ManyRequests_EachAnsweredOnceMatchedById()
    {
        var rows = SampleData.BreastCancer();
        using var call = server.Client.ClassifyStream(ServerFixture.TenantHeaders(), cancellationToken: Ct);
        var expected = new Dictionary<string, int>();
        for (var i = 0; i < 200; i++)
        {
            var row = rows[i % rows.Count];
            var id = i.ToString(CultureInfo.InvariantCulture);
            await call.RequestStream.WriteAsync(ClassifyTests.Request("breast-cancer", row.Features, id), Ct);
            expected[id] = i % rows.Count;
        }

        await call.RequestStream.CompleteAsync();
        var answers = await ReadAll(call.ResponseStream);

        Assert.Equal(200, answers.Count);
        Assert.Equal(expected.Keys.Order(), answers.Select(a => a.RequestId).Order());

        // Each answer is the one for its own request: compare with a unary call on the same row.
        foreach (var answer in answers.Take(10))
        {
            var row = rows[expected[answer.RequestId]];
            var unary = await server.Client.ClassifyAsync(ClassifyTests.Request("breast-cancer", row.Features), ServerFixture.TenantHeaders(), cancellationToken: Ct);
            Assert.Equal(ClassifyStreamResponse.OutcomeOneofCase.Result, answer.OutcomeCase);
            Assert.Equal(unary.Predictions[0].Score, answer.Result.Predictions[0].Score);
        }
    }

    [Fact]
    public async Task ClassifyStream_BadRequestsAmongGood_ErrorsForTheirIdsAndStreamGoesOn()
    {
        var good = SampleData.BreastCancer()[0].Features;
        using var call = server.Client.ClassifyStream(ServerFixture.TenantHeaders(), cancellationToken: Ct);

        await call.RequestStream.WriteAsync(ClassifyTests.Request("breast-cancer", good, "ok-1"), Ct);
        await call.RequestStream.WriteAsync(ClassifyTests.Request("breast-cancer", good.Take(3), "short"), Ct);
        await call.RequestStream.WriteAsync(ClassifyTests.Request("missing-model", good, "unknown"), Ct);
        await call.RequestStream.WriteAsync(new ClassifyRequest { RequestId = "empty", Model = "breast-cancer" }, Ct);
        await call.RequestStream.WriteAsync(ClassifyTests.Request("breast-cancer", good, "ok-2"), Ct);
        await call.RequestStream.CompleteAsync();

        var answers = (await ReadAll(call.ResponseStream)).ToDictionary(a => a.RequestId);

        Assert.Equal(5, answers.Count);
        Assert.Equal(ClassifyStreamResponse.OutcomeOneofCase.Result, answers["ok-1"].OutcomeCase);
        Assert.Equal(ClassifyStreamResponse.OutcomeOneofCase.Result, answers["ok-2"].OutcomeCase);
        AssertError(answers["short"], StatusCode.InvalidArgument, "has 3 features");
        AssertError(answers["unknown"], StatusCode.NotFound, "'missing-model'");
        AssertError(answers["empty"], StatusCode.InvalidArgument, "no instances");
    }

    [Fact]
    public async Task ClassifyStream_MissingRequestId_ErrorResult()
    {
        using var call = server.Client.ClassifyStream(ServerFixture.TenantHeaders(), cancellationToken: Ct);
        await call.RequestStream.WriteAsync(ClassifyTests.Request("breast-cancer", SampleData.BreastCancer()[0].Features, string.Empty), Ct);
        await call.RequestStream.CompleteAsync();

        var answer = Assert.Single(await ReadAll(call.ResponseStream));

        AssertError(answer, StatusCode.InvalidArgument, "request_id is required");
    }

    [Fact]
    public async Task ClassifyStream_NoTenant_Unauthenticated()
    {
        using var call = server.Client.ClassifyStream(cancellationToken: Ct);

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(ClassifyTests.Request("breast-cancer", SampleData.BreastCancer()[0].Features, "x"), Ct);
            await ReadAll(call.ResponseStream);
        });

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    private static void AssertError(ClassifyStreamResponse answer, StatusCode code, string fragment)
    {
        Assert.Equal(ClassifyStreamResponse.OutcomeOneofCase.Error, answer.OutcomeCase);
        Assert.Equal((int)code, answer.Error.Code);
        Assert.Contains(fragment, answer.Error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(answer.Error.CodeName));
    }

    private static async Task<List<ClassifyStreamResponse>> ReadAll(IAsyncStreamReader<ClassifyStreamResponse> stream)
    {
        var list = new List<ClassifyStreamResponse>();
        await foreach (var item in stream.ReadAllAsync(Ct))
        {
            list.Add(item);
        }

        return list;
    }
}
