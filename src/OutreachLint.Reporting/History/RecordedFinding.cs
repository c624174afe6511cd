namespace OutreachLint.Reporting.History;

/// <summary>One finding as history keeps it: enough to count by rule and to show a coaching example.</summary>
/// <param name="RuleId">The rule id, e.g. <c>OL001</c>.</param>
/// <param name="Severity">The severity, lower-case (<c>warning</c>).</param>
/// <param name="Text">The flagged text.</param>
/// <param name="Suggestion">The suggested replacement, when one was made.</param>
public sealed record RecordedFinding(string RuleId, string Severity, string Text, string? Suggestion);
