namespace OutreachLint.Mail.Sources;

/// <summary>How often, and after which pauses, a dropped IMAP connection is re-established before giving up.</summary>
/// <param name="Delays">The pause before each reconnect attempt; its length is the number of attempts.</param>
public sealed record ImapRetryPolicy(IReadOnlyList<TimeSpan> Delays)
{
    /// <summary>Three attempts after 0.5 s, 1 s and 2 s: rides out a server restart without stalling a run for long.</summary>
    public static ImapRetryPolicy Default { get; } =
        new([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);

    /// <summary>No reconnects: the first dropped connection ends the folder with an error item.</summary>
    public static ImapRetryPolicy None { get; } = new([]);
}
