namespace OutreachLint.Classifier;

/// <summary>A labelled TSV is malformed; the message is one line that starts with <c>file:line:</c>.</summary>
public sealed class TrainingDataException : Exception
{
    public TrainingDataException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }

    public TrainingDataException()
    {
    }

    public TrainingDataException(string message)
        : base(message)
    {
    }

    public TrainingDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file at fault.</summary>
    public string File { get; } = "";

    /// <summary>The one-based line at fault.</summary>
    public int Line { get; }
}
