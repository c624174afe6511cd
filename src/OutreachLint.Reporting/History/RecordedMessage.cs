namespace OutreachLint.Reporting.History;

/// <summary>One linted message as history keeps it; the audit report is built from these alone.</summary>
public sealed record RecordedMessage
{
    /// <summary>The message's identity; recording it again replaces the earlier rows.</summary>
    public required MessageKey Key { get; init; }

    /// <summary>The INPUT it was read from, as normalised by the caller, so reports can be limited to their inputs.</summary>
    public required string Input { get; init; }

    /// <summary>For IMAP: the folder's canonical URL (its rows go when UIDVALIDITY changes); null for files.</summary>
    public string? FolderUrl { get; init; }

    /// <summary>The Message-ID header, or empty.</summary>
    public string MessageId { get; init; } = "";

    /// <summary>The From address, lower-cased; aliases are applied when reporting, not here.</summary>
    public required string Sender { get; init; }

    /// <summary>The From display name, or empty.</summary>
    public string SenderName { get; init; } = "";

    /// <summary>The subject line.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The Date header, when present.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Prospecting (first touch or follow-up) or internal.</summary>
    public required MessageKind Kind { get; init; }

    /// <summary>The engine's 0–100 score, higher is better.</summary>
    public required int Score { get; init; }

    /// <summary>At least one OL001–OL003 finding: the contract's meaning of "flagged".</summary>
    public required bool Flagged { get; init; }

    /// <summary>Every finding, sentence and email-level rules alike.</summary>
    public IReadOnlyList<RecordedFinding> Findings { get; init; } = [];

    /// <summary>Set when the findings' suggestions are still to be made: what making them needs.</summary>
    public SuggestionContext? PendingSuggestions { get; init; }

    /// <summary>The ISO week of <see cref="Date"/> in the sender's own offset (<c>2026-W07</c>), or null.</summary>
    public string? Week => Date is { } d ? IsoWeek.Of(d) : null;
}
