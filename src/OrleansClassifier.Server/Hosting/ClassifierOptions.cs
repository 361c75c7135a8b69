using System.ComponentModel.DataAnnotations;

namespace OrleansClassifier.Server.Hosting;

/// <summary>The front-end's options (configuration section <c>Classifier</c>).</summary>
public sealed class ClassifierOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Classifier";

    /// <summary>
    /// The model repository folder; a relative path is taken from the application's base directory.
    /// The default value is <c>model-repository</c>, the demo models shipped with the server.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ModelRepository { get; set; } = "model-repository";

    /// <summary>The call header that names the tenant. The default value is <c>x-tenant-id</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^[a-z0-9-]+$", ErrorMessage = "TenantHeader must be a lower-case gRPC metadata key.")]
    public string TenantHeader { get; set; } = "x-tenant-id";

    /// <summary>The largest request message accepted, in bytes. The default value is 4,194,304 (4 MB).</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>The most instances one request may carry. The default value is 4,096.</summary>
    [Range(1, 1_000_000)]
    public int MaxInstancesPerRequest { get; set; } = 4096;

    /// <summary>The most requests of one stream processed at once; reading pauses beyond it. The default value is 64.</summary>
    [Range(1, 100_000)]
    public int MaxInFlightPerStream { get; set; } = 64;

    /// <summary>
    /// The most rows the front-end coalesces into one grain call (a single larger request still goes alone).
    /// The default value is 1,024.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxRowsPerGrainCall { get; set; } = 1024;

    /// <summary>
    /// Grain calls a front-end keeps in flight per model replica; requests arriving beyond it wait and leave
    /// together in the next call. The default value is 2 (one running, one queued behind it).
    /// </summary>
    [Range(1, 1024)]
    public int MaxGrainCallsPerReplica { get; set; } = 2;
}
