namespace OutreachLint.Mail.Sources;

/// <summary>
/// An OAuth2 access token and the user name it was issued to (XOAUTH2 sends both). A class, not a record, so that no
/// generated <c>ToString</c> ever prints <see cref="Token"/>.
/// </summary>
public sealed class ImapAccessToken
{
    /// <summary>Creates a token for <paramref name="userName"/>.</summary>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ImapAccessToken(string userName, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(token);
        UserName = userName;
        Token = token;
    }

    /// <summary>The account's user name, e.g. <c>rep@contoso.com</c>.</summary>
    public string UserName { get; }

    /// <summary>The bearer token itself; never logged or printed.</summary>
    public string Token { get; }

    /// <inheritdoc />
    public override string ToString() => $"access token for {UserName}";
}
