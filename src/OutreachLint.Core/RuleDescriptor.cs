namespace OutreachLint.Core;

/// <summary>The static description of a rule: what it catches and why, independent of any occurrence.</summary>
/// <param name="Id">Stable identifier such as <c>OL001</c>.</param>
/// <param name="Name">Kebab-case rule name; for sentence rules it equals the classifier label.</param>
/// <param name="Title">One-line summary shown in reports.</param>
/// <param name="Rationale">Why the rule exists, with its source where there is one.</param>
/// <param name="DefaultSeverity">Severity before configuration or confidence adjust it.</param>
/// <param name="IsSentenceRule">True for OL001–OL003, whose findings flag a message.</param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    string Title,
    string Rationale,
    Severity DefaultSeverity,
    bool IsSentenceRule);
