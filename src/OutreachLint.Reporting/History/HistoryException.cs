namespace OutreachLint.Reporting.History;

/// <summary>The history file cannot be used: unreadable, corrupt, or written by a newer version.</summary>
public sealed class HistoryException(string message, Exception? inner = null) : Exception(message, inner);
