using System.Globalization;
using Grpc.Core;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Server.Tests;

public sealed class ClassifyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Classify_BreastCancerSamples_LabelsMatchTruthMostly()
    {
        var rows = SampleData.BreastCancer();
        var request = new ClassifyRequest { RequestId = "r1", Model = "breast-cancer" };
        foreach (var row in rows)
        {
            var instance = new Instance { InstanceId = row.Id };
            instance.Features.AddRange(row.Features);
            request.Instances.Add(instance);
        }

        var response = await server.Client.ClassifyAsync(request, ServerFixture.TenantHeaders(), cancellationToken: Ct);

        Assert.Equal("r1", response.RequestId);
        Assert.Equal("breast-cancer", response.Model);
        Assert.Equal(1, response.ModelVersion);
        Assert.Equal(rows.Count, response.Predictions.Count);
        var correct = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var p = response.Predictions[i];
            Assert.Equal(rows[i].Id, p.InstanceId);
            Assert.Equal(DecisionRule.Threshold, p.Rule);
            Assert.True(p.HasThreshold);
            // The default policy, imbalance_midpoint, keeps t in [0.25, 0.75] (0.5 until it has enough observations).
            Assert.InRange(p.Threshold, 0.25f, 0.75f);
            Assert.Equal("imbalance_midpoint", p.Policy);
            Assert.Equal(p.Score > p.Threshold ? 1 : 0, p.Label);
            Assert.Equal(p.Label == 1 ? "malignant" : "benign", p.LabelName);
            Assert.Empty(p.Probabilities);
            if (p.Label.ToString(CultureInfo.InvariantCulture) == rows[i].Label)
            {
                correct++;
            }
        }

        // A trained model on held-out rows: far above the 63% of always answering "benign".
        Assert.True(correct >= rows.Count * 0.9, $"{correct} of {rows.Count} correct");
    }

    [Fact]
    public async Task Classify_WithProbabilities_BinaryGivesComplementaryPair()
    {
        var row = SampleData.BreastCancer()[0];
        var request = Request("breast-cancer", row.Features);
        request.ReturnProbabilities = true;

        var response = await server.Client.ClassifyAsync(request, ServerFixture.TenantHeaders(), cancellationToken: Ct);

        var p = Assert.Single(response.Predictions);
        Assert.Equal(2, p.Probabilities.Count);
        Assert.Equal(1f, p.Probabilities[0] + p.Probabilities[1], 5);
        Assert.Equal(p.Score, p.Probabilities[1]);
    }

    [Fact]
    public async Task Classify_MulticlassModel_DecidesByArgmaxOfSoftmax()
    {
        var rows = SampleData.Gaussian();
        var request = new ClassifyRequest { RequestId = "m", Model = "gaussian-3class", ReturnProbabilities = true };
        foreach (var row in rows)
        {
            var instance = new Instance { InstanceId = row.Id };
            instance.Features.AddRange(row.Features);
            request.Instances.Add(instance);
        }

        var response = await server.Client.ClassifyAsync(request, ServerFixture.TenantHeaders(), cancellationToken: Ct);

        var correct = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var p = response.Predictions[i];
            Assert.Equal(DecisionRule.Argmax, p.Rule);
            Assert.False(p.HasThreshold);
            Assert.Equal(3, p.Probabilities.Count);
            Assert.Equal(1f, p.Probabilities.Sum(), 4);
            Assert.Equal(p.Probabilities.Max(), p.Score);
            Assert.Equal(p.Probabilities.IndexOf(p.Probabilities.Max()), p.Label);
            if (p.Label.ToString(CultureInfo.InvariantCulture) == rows[i].Label || p.LabelName == rows[i].Label)
            {
                correct++;
            }
        }

        Assert.True(correct >= rows.Count * 0.7, $"{correct} of {rows.Count} correct (chance is a third)");
    }

    [Fact]
    public async Task Classify_PinnedVersion_UsesIt()
    {
        var request = Request("breast-cancer", SampleData.BreastCancer()[0].Features);
        request.ModelVersion = 1;

        var response = await server.Client.ClassifyAsync(request, ServerFixture.TenantHeaders(), cancellationToken: Ct);

        Assert.Equal(1, response.ModelVersion);
    }

    [Fact]
    public async Task Classify_SameInputTwice_SameAnswer()
    {
        var features = SampleData.BreastCancer()[3].Features;

        var a = await server.Client.ClassifyAsync(Request("breast-cancer", features), ServerFixture.TenantHeaders(), cancellationToken: Ct);
        var b = await server.Client.ClassifyAsync(Request("breast-cancer", features), ServerFixture.TenantHeaders("tenant-b"), cancellationToken: Ct);

        Assert.Equal(a.Predictions[0].Score, b.Predictions[0].Score);
        Assert.Equal(a.Predictions[0].Label, b.Predictions[0].Label);
    }

    internal static ClassifyRequest Request(string model, IEnumerable<float> features, string id = "req")
    {
        var instance = new Instance();
        instance.Features.AddRange(features);
        var request = new ClassifyRequest { RequestId = id, Model = model };
        request.Instances.Add(instance);
        return request;
    }
}
