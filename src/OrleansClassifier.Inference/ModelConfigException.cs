namespace OrleansClassifier.Inference;

/// <summary>A model's config or graph cannot be served; the message says why.</summary>
public sealed class ModelConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelConfigException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public ModelConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    public ModelConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
