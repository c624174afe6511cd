namespace OutreachLint.Core;

/// <summary>
/// One message as the engine sees it: the author's own words plus the envelope facts that give them context.
/// Findings point into <see cref="AuthorText"/>; nothing else of the message is judged.
/// </summary>
public sealed record EmailDocument
{
    /// <summary>Where the message came from: a path, "-", or an IMAP URL with its UID.</summary>
    public required string Source { get; init; }

    /// <summary>The subject line, or empty.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The From mailbox as written ("Name &lt;address&gt;"), or empty.</summary>
    public string From { get; init; } = "";

    /// <summary>The From address alone, lower-cased, or empty.</summary>
    public string FromAddress { get; init; } = "";

    /// <summary>Recipient addresses (To and Cc), lower-cased.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The recipients' display names, where given.</summary>
    public IReadOnlyList<string> RecipientNames { get; init; } = [];

    /// <summary>The Date header, when present and valid.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The Message-ID, when present.</summary>
    public string? MessageId { get; init; }

    /// <summary>True when the message answers or follows up on another (In-Reply-To, References or "Re:").</summary>
    public bool IsReply { get; init; }

    /// <summary>The author's own words, normalised to LF line endings.</summary>
    public string AuthorText { get; init; } = "";

    /// <summary>What was kept out of <see cref="AuthorText"/>, and why.</summary>
    public IReadOnlyList<SetAsidePart> SetAside { get; init; } = [];

    /// <summary>Set when the message could not be read; such a document has no author text.</summary>
    public string? Error { get; init; }
}
