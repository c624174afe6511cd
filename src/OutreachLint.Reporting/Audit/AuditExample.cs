using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Audit;

/// <summary>A flagged message to coach from: who sent it, what was flagged and the better sentence for each finding.</summary>
/// <param name="Sender">The normalised sender.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Date">When it was sent, when known.</param>
/// <param name="Source">Where it was read.</param>
/// <param name="Score">The engine's score; the worst examples have the lowest.</param>
/// <param name="Findings">Its sentence findings, with suggestions where made.</param>
public sealed record AuditExample(string Sender, string Subject, DateTimeOffset? Date, string Source, int Score, IReadOnlyList<RecordedFinding> Findings)
{
    /// <summary>The message's identity in history, so its suggestions can be made and kept when first shown.</summary>
    public MessageKey? Key { get; init; }
}
