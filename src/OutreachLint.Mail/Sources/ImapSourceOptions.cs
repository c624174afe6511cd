namespace OutreachLint.Mail.Sources;

/// <summary>
/// How IMAP sources log in, whom they trust and what they read. A class, not a record, so that no generated
/// <c>ToString</c> ever prints <see cref="Password"/> or <see cref="AccessToken"/>.
/// </summary>
public sealed class ImapSourceOptions
{
    /// <summary>The password for plain login; ignored when <see cref="AccessToken"/> is set.</summary>
    public string? Password { get; init; }

    /// <summary>An OAuth2 access token, sent with XOAUTH2 (or OAUTHBEARER when the server offers only that).</summary>
    public string? AccessToken { get; init; }

    /// <summary>
    /// Asked for a token at every login when <see cref="AccessToken"/> is not set (a Microsoft 365 sign-in whose tokens
    /// refresh); its user name replaces the URL's in the XOAUTH2 exchange.
    /// </summary>
    public IImapTokenProvider? TokenProvider { get; init; }

    /// <summary>A PEM file with a private CA or the server's self-signed certificate to trust besides the system roots.</summary>
    public string? CaFile { get; init; }

    /// <summary>Accepts any server certificate and allows <c>imap://</c> without STARTTLS. Only for throw-away test servers.</summary>
    public bool Insecure { get; init; }

    /// <summary>Reads only messages whose Date header is on or after this day (server-side SEARCH SENTSINCE).</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Reads only messages whose Date header is before this day (server-side SEARCH SENTBEFORE).</summary>
    public DateOnly? Before { get; init; }

    /// <summary>
    /// Where earlier runs stopped, per folder (matched on <see cref="ImapLocation.FolderUrl"/>): only messages with a
    /// higher UID are read, unless the folder's UIDVALIDITY changed, in which case the whole folder is read again.
    /// </summary>
    public IReadOnlyList<ImapLocation> ResumeAfter { get; init; } = [];

    /// <summary>The reconnect policy for dropped connections.</summary>
    public ImapRetryPolicy Retry { get; init; } = ImapRetryPolicy.Default;

    /// <summary>How long one network operation may stall before the connection counts as dropped.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many messages are fetched per round trip.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Messages larger than this are fetched part by part (text parts only) instead of whole.</summary>
    public long LargeMessageBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Messages whose attachments and other non-text parts add up to more than this are fetched part by part too.
    /// A part costs a round trip; 256 KB is about what one round trip costs in transfer on a 100 Mbit/s link with
    /// 20 ms of latency, so below it a whole message in the batched fetch is the cheaper read.
    /// </summary>
    public long SkipPartsOverBytes { get; init; } = 256 * 1024;
}
