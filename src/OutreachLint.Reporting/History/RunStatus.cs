namespace OutreachLint.Reporting.History;

/// <summary>How an audit run ended; only <see cref="Completed"/> runs anchor <c>--since last</c>.</summary>
public enum RunStatus
{
    /// <summary>Still running, or the process died without saying otherwise.</summary>
    Running,

    /// <summary>Every input was read to the end.</summary>
    Completed,

    /// <summary>Stopped by Ctrl-C; what was recorded stays, and the next run completes the window.</summary>
    Cancelled,

    /// <summary>Ended by an unexpected error.</summary>
    Failed,
}
