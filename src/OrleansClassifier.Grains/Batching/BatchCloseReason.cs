namespace OrleansClassifier.Grains.Batching;

/// <summary>Why a device batch was closed and run.</summary>
internal enum BatchCloseReason
{
    /// <summary>The executor was free: the batch ran with what was queued, without waiting.</summary>
    Idle = 1,

    /// <summary>The batch reached the maximum rows.</summary>
    Full = 2,

    /// <summary>The oldest request had waited the maximum queue delay for the preferred batch size.</summary>
    Delay = 3,
}
