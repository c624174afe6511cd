namespace OutreachLint.Mail.Sources;

/// <summary>
/// Hands the IMAP source an OAuth2 access token each time it logs in, so a sign-in that refreshes its tokens (MSAL)
/// keeps a long run or a reconnect working after the first token expires. Sources know nothing of how it is obtained.
/// </summary>
public interface IImapTokenProvider
{
    /// <summary>A token, and the user name to present with it, for the account of <paramref name="url"/>.</summary>
    /// <exception cref="ImapTokenException">No token can be had; the message is a one-line sentence for the user.</exception>
    Task<ImapAccessToken> GetTokenAsync(ImapUrl url, CancellationToken ct);
}
