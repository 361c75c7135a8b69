using System.ComponentModel.DataAnnotations;

namespace OrleansClassifier.Server.Hosting;

/// <summary>The embedded silo's options (configuration section <c>Classifier:Silo</c>).</summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Classifier:Silo";

    /// <summary>The silo-to-silo port. The default value is 11111.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>The gateway port for external Orleans clients; 0 disables the gateway. The default value is 0.</summary>
    [Range(0, 65535)]
    public int GatewayPort { get; set; }

    /// <summary>The cluster id. The default value is <c>orleans-classifier</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ClusterId { get; set; } = "orleans-classifier";

    /// <summary>The service id. The default value is <c>orleans-classifier</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ServiceId { get; set; } = "orleans-classifier";
}
