namespace OrleansClassifier.Bench;

/// <summary>Names and defaults shared across the suite.</summary>
internal static class BenchDefaults
{
    public const string TenantHeader = "x-tenant-id";

    public const string TinyModel = "breast-cancer";

    public const string SmallModel = "gaussian-3class";

    public const string HeavyModel = "heavy-mlp";

    public const string ServiceTarget = "service";

    public const string UnbatchedTarget = "unbatched";

    public const string TransportTarget = "transport";

    public const string ComputeTarget = "compute";

    /// <summary>Requests one stream has in flight at most in an open-loop run; beyond it sending waits (and the wait counts).</summary>
    public const int MaxOutstandingPerStream = 4096;

    /// <summary>The service's own per-stream bound (Classifier:MaxInFlightPerStream); the unbatched server uses the same.</summary>
    public const int ServerInFlightPerStream = 64;
}
