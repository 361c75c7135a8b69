namespace OrleansClassifier.Abstractions;

/// <summary>Rows refused without inference: queue full, deadline passed, or cancelled.</summary>
[GenerateSerializer, Alias("oc.InferenceRejectedException")]
public sealed class InferenceRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InferenceRejectedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InferenceRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InferenceRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a reason.</summary>
    public InferenceRejectedException(RejectionReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Why the rows were refused.</summary>
    [Id(0)]
    public RejectionReason Reason { get; init; }

    /// <summary>The rejection as data.</summary>
    public InferenceRejection ToRejection() => new(Reason, Message);
}
