namespace OutreachLint.Reporting.History;

/// <summary>How many findings of one rule and severity the messages of one sender and kind have in a window.</summary>
public sealed record FindingCount(string Sender, MessageKind Kind, string RuleId, string Severity, int Count);
