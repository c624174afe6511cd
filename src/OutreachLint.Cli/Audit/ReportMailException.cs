namespace OutreachLint.Cli.Audit;

/// <summary>The report could not be mailed; the message is the one line the user sees.</summary>
internal sealed class ReportMailException(string message, Exception inner) : Exception(message, inner);
