namespace OutreachLint.Cli;

/// <summary>A usage or configuration problem; the message is the one line the user sees, and the exit code is 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
