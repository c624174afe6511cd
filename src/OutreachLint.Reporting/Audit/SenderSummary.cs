namespace OutreachLint.Reporting.Audit;

/// <summary>One rep's figures for the window: prospecting messages, how many were flagged, and findings by rule name.</summary>
public sealed record SenderSummary
{
    /// <summary>The normalised From address after aliases.</summary>
    public required string Sender { get; init; }

    /// <summary>The display name last seen, or empty.</summary>
    public string Name { get; init; } = "";

    /// <summary>The team from configuration, or null.</summary>
    public string? Team { get; init; }

    /// <summary>Prospecting messages sent.</summary>
    public required int Messages { get; init; }

    /// <summary>Messages with at least one OL001–OL003 finding.</summary>
    public required int Flagged { get; init; }

    /// <summary>Prospecting messages that started a conversation.</summary>
    public int FirstTouches { get; init; }

    /// <summary>Prospecting messages that followed up.</summary>
    public int FollowUps { get; init; }

    /// <summary>The mean score, 0–100.</summary>
    public double AverageScore { get; init; }

    /// <summary>Finding counts by rule name.</summary>
    public IReadOnlyDictionary<string, int> Findings { get; init; } = new Dictionary<string, int>();

    /// <summary>Flagged messages as a share of messages, 0–1.</summary>
    public double FlaggedShare => Messages == 0 ? 0 : (double)Flagged / Messages;
}
