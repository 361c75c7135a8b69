using System.Collections.Concurrent;
using System.Globalization;
using Grpc.Core;
using OrleansClassifier.Contracts.V1;

namespace OrleansClassifier.Cli.Scoring;

/// <summary>
/// Scores rows through <c>ClassifyStream</c>: rows go out in requests of <see cref="ScoreSettings.BatchSize"/>,
/// at most <see cref="ScoreSettings.InFlight"/> requests unanswered; answers (in any order) are matched back
/// by request id, so the result keeps the input's order.
/// </summary>
internal static class ScoreRunner
{
    public static async Task<IReadOnlyList<ScoredRow>> RunAsync(
        Classifier.ClassifierClient client, IReadOnlyList<ScoringRow> rows, ScoreSettings settings, CancellationToken cancellationToken)
    {
        var headers = new Metadata { { "x-tenant-id", settings.Tenant } };
        using var call = client.ClassifyStream(headers, cancellationToken: cancellationToken);
        using var slots = new SemaphoreSlim(settings.InFlight, settings.InFlight);
        var answers = new ConcurrentDictionary<string, ClassifyStreamResponse>(StringComparer.Ordinal);

        var receiving = Task.Run(
            async () =>
            {
                await foreach (var answer in call.ResponseStream.ReadAllAsync(cancellationToken))
                {
                    answers[answer.RequestId] = answer;
                    slots.Release();
                }
            },
            cancellationToken);

        var batches = (rows.Count + settings.BatchSize - 1) / settings.BatchSize;
        for (var batch = 0; batch < batches; batch++)
        {
            // Wait for a free slot, or for the receiver to fail (the server ended the call).
            var slot = slots.WaitAsync(cancellationToken);
            if (await Task.WhenAny(slot, receiving) == receiving)
            {
                await receiving;
                throw new InvalidOperationException("The server closed the stream before answering every request.");
            }

            var request = new ClassifyRequest
            {
                RequestId = batch.ToString(CultureInfo.InvariantCulture),
                Model = settings.Model,
                ModelVersion = settings.ModelVersion,
                ReturnProbabilities = settings.Probabilities,
            };
            foreach (var row in rows.Skip(batch * settings.BatchSize).Take(settings.BatchSize))
            {
                var instance = new Instance { InstanceId = row.Id };
                instance.Features.AddRange(row.Features);
                request.Instances.Add(instance);
            }

            await call.RequestStream.WriteAsync(request, cancellationToken);
        }

        await call.RequestStream.CompleteAsync();
        await receiving;

        var scored = new List<ScoredRow>(rows.Count);
        for (var batch = 0; batch < batches; batch++)
        {
            var batchRows = rows.Skip(batch * settings.BatchSize).Take(settings.BatchSize).ToList();
            if (!answers.TryGetValue(batch.ToString(CultureInfo.InvariantCulture), out var answer))
            {
                scored.AddRange(batchRows.Select(r => new ScoredRow(r, null, "no answer", 0)));
            }
            else if (answer.OutcomeCase == ClassifyStreamResponse.OutcomeOneofCase.Error)
            {
                scored.AddRange(batchRows.Select(r => new ScoredRow(r, null, $"{answer.Error.CodeName}: {answer.Error.Message}", 0)));
            }
            else
            {
                scored.AddRange(batchRows.Select((r, i) => new ScoredRow(r, answer.Result.Predictions[i], null, answer.Result.ModelVersion)));
            }
        }

        return scored;
    }
}
