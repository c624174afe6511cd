namespace OutreachLint.Core;

/// <summary>The engine's verdict on one message.</summary>
/// <param name="Document">The message judged.</param>
/// <param name="Findings">Findings in text order, sentence rules and email-level rules together.</param>
/// <param name="Score">0–100, higher is better; see <see cref="EmailScorer"/>.</param>
public sealed record LintResult(EmailDocument Document, IReadOnlyList<Finding> Findings, int Score)
{
    /// <summary>True when at least one OL001–OL003 finding exists: the contract's meaning of "flagged".</summary>
    public bool IsFlagged => Findings.Any(f => f.Rule.IsSentenceRule);
}
