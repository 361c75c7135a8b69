using System.ComponentModel.DataAnnotations;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>The front-end side of per-tenant thresholds (configuration section <c>Classifier:Thresholds:FrontEnd</c>).</summary>
public sealed class ThresholdFrontEndOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Classifier:Thresholds:FrontEnd";

    /// <summary>A tenant and model's aggregated scores and outcomes are flushed once this many are pending. The default value is 1,024.</summary>
    [Range(1, 1_000_000)]
    public int FlushBatchSize { get; set; } = 1024;

    /// <summary>Everything pending is flushed at least this often. The default value is 1 second.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Scores pending per tenant and model beyond which new scores are dropped (counted) while the grain cannot
    /// be reached. The default value is 65,536.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxPendingScores { get; set; } = 65_536;

    /// <summary>Outcomes pending per tenant and model beyond which new ones are rejected. The default value is 65,536.</summary>
    [Range(1, 10_000_000)]
    public int MaxPendingOutcomes { get; set; } = 65_536;

    /// <summary>How often subscriptions are renewed with the threshold grains. The default value is 1 minute.</summary>
    public TimeSpan ResubscribeInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Recent predictions remembered per silo for outcomes reported by instance id. The default value is 100,000.</summary>
    [Range(0, 100_000_000)]
    public int RecentPredictions { get; set; } = 100_000;

    /// <summary>The SQLite file the threshold grains persist to (embedded default). The default value is <c>data/orleans-classifier.db</c> next to the binary.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = Path.Combine("data", "orleans-classifier.db");
}
