using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Audit;

/// <summary>The audit's figures for one window, built from history alone so re-running a window gives the same report.</summary>
public sealed record AuditReport
{
    /// <summary>The period covered.</summary>
    public required AuditWindow Window { get; init; }

    /// <summary>The inputs covered.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>When the report was made.</summary>
    public DateTimeOffset Generated { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Prospecting messages in the window (internal mail excluded).</summary>
    public required int MessagesScanned { get; init; }

    /// <summary>Prospecting messages with at least one OL001–OL003 finding, as <c>check</c> counts them.</summary>
    public required int MessagesFlagged { get; init; }

    /// <summary>Internal mail in the window: read, recorded, and left out of every other figure.</summary>
    public int Excluded { get; init; }

    /// <summary>Prospecting messages that started a conversation, and how many of them were flagged.</summary>
    public (int Messages, int Flagged) FirstTouches { get; init; }

    /// <summary>Prospecting messages that followed up, and how many of them were flagged.</summary>
    public (int Messages, int Flagged) FollowUps { get; init; }

    /// <summary>Inputs or messages that could not be read in this run.</summary>
    public int Errors { get; init; }

    /// <summary>Per rep, most flagged share first.</summary>
    public IReadOnlyList<SenderSummary> Senders { get; init; } = [];

    /// <summary>Per team, when the configuration names teams.</summary>
    public IReadOnlyList<TeamSummary> Teams { get; init; } = [];

    /// <summary>Finding counts by rule name, over all prospecting messages.</summary>
    public IReadOnlyDictionary<string, int> Rules { get; init; } = new Dictionary<string, int>();

    /// <summary>The team's flagged share per ISO week, oldest first.</summary>
    public IReadOnlyList<WeekSummary> Weeks { get; init; } = [];

    /// <summary>The worst flagged messages (lowest score) with their suggestions.</summary>
    public IReadOnlyList<AuditExample> Examples { get; init; } = [];

    /// <summary>Flagged messages as a share of prospecting messages, 0–1.</summary>
    public double FlaggedShare => MessagesScanned == 0 ? 0 : (double)MessagesFlagged / MessagesScanned;
}
