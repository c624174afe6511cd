using OutreachLint.Mail.Sources;

namespace OutreachLint.Identity;

/// <summary>
/// Gives the IMAP source Microsoft 365 tokens: opened on first use, then asked at every login so long runs and
/// reconnects get refreshed tokens. The device-code prompt is allowed only when someone is at the terminal.
/// </summary>
public sealed class MicrosoftImapTokenProvider : IImapTokenProvider
{
    private readonly Lazy<Task<MicrosoftSignIn>> _signIn;
    private readonly bool _interactive;

    /// <summary>Creates a provider; nothing is opened until the first token is asked for.</summary>
    /// <param name="options">The app registration, tenant and cache.</param>
    /// <param name="interactive">True when a person can follow device-code instructions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public MicrosoftImapTokenProvider(MicrosoftSignInOptions options, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(options);
        _signIn = new Lazy<Task<MicrosoftSignIn>>(() => MicrosoftSignIn.CreateAsync(options));
        _interactive = interactive;
    }

    /// <inheritdoc />
    public async Task<ImapAccessToken> GetTokenAsync(ImapUrl url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        MicrosoftSignIn signIn;
        try
        {
            signIn = await _signIn.Value.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImapTokenException($"cannot open the Microsoft 365 token cache ({e.Message})", e);
        }

        return await signIn.GetTokenAsync(url.User, _interactive, ct).ConfigureAwait(false);
    }
}
