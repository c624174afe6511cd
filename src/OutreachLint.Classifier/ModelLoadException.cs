namespace OutreachLint.Classifier;

/// <summary>The model or its metrics file is missing or unusable; the message is one line naming the file.</summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException()
    {
    }

    public ModelLoadException(string message)
        : base(message)
    {
    }

    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
