using System.Globalization;
using Microsoft.Identity.Client;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Identity;

/// <summary>
/// Signs a user in to Microsoft 365 with MSAL's public-client device-code flow and hands out IMAP access tokens:
/// from the OS token cache when it can (refreshing silently), with a new device-code sign-in only when allowed.
/// </summary>
public sealed class MicrosoftSignIn
{
    /// <summary>IMAP access for the signed-in user, and a refresh token so later runs need no prompt.</summary>
    public static readonly IReadOnlyList<string> Scopes = ["https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"];

    private readonly IPublicClientApplication _app;
    private readonly MicrosoftSignInOptions _options;

    private MicrosoftSignIn(IPublicClientApplication app, MicrosoftSignInOptions options, TokenCacheStorage storage)
    {
        _app = app;
        _options = options;
        Storage = storage;
    }

    /// <summary>Where the token cache lives and how it is protected.</summary>
    public TokenCacheStorage Storage { get; }

    /// <summary>Builds the MSAL application and opens the token cache.</summary>
    /// <exception cref="ArgumentException">The client ID is empty.</exception>
    /// <exception cref="IOException">The cache folder cannot be created.</exception>
    public static async Task<MicrosoftSignIn> CreateAsync(MicrosoftSignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ClientId);
        var builder = PublicClientApplicationBuilder.Create(options.ClientId)
            .WithAuthority(AzureCloudInstance.AzurePublic, options.Tenant)
            .WithDefaultRedirectUri()
            .WithClientName("OutreachLint");
        if (options.HttpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(options.HttpClientFactory);
        }

        if (options.Log is { } log)
        {
            builder = builder.WithLogging((_, message, _) => log(message), LogLevel.Verbose, enablePiiLogging: false, enableDefaultPlatformLogging: false);
        }

        var app = builder.Build();
        var (cache, storage) = await TokenCacheFactory.CreateAsync(options.CacheDirectory, options.Log).ConfigureAwait(false);
        cache.RegisterCache(app.UserTokenCache);
        return new MicrosoftSignIn(app, options, storage);
    }

    /// <summary>Runs the device-code sign-in (instructions on <see cref="MicrosoftSignInOptions.Messages"/>) and caches the result.</summary>
    /// <returns>The signed-in account's user name.</returns>
    /// <exception cref="ImapTokenException">The sign-in was refused, expired or timed out, or the service was unreachable.</exception>
    public async Task<string> SignInAsync(CancellationToken ct)
    {
        var result = await DeviceCodeAsync(ct).ConfigureAwait(false);
        return result.Account.Username;
    }

    /// <summary>
    /// An access token for <paramref name="user"/>: silently from the cache first; when that needs the user, a
    /// device-code sign-in if <paramref name="allowDeviceCode"/>, else <see cref="SignInRequiredException"/>.
    /// </summary>
    /// <exception cref="SignInRequiredException">No usable cached sign-in and no device code allowed.</exception>
    /// <exception cref="ImapTokenException">The identity service refused or could not be reached.</exception>
    public async Task<ImapAccessToken> GetTokenAsync(string user, bool allowDeviceCode, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        var account = await FindAccountAsync(user).ConfigureAwait(false);
        if (account is not null)
        {
            try
            {
                var silent = await RunAsync(token => _app.AcquireTokenSilent(Scopes, account).ExecuteAsync(token),
                    _options.SilentTimeout, "refreshing the Microsoft 365 sign-in", ct).ConfigureAwait(false);
                return Token(user, silent);
            }
            catch (ImapTokenException e) when (e.InnerException is MsalUiRequiredException && allowDeviceCode)
            {
                // The refresh token expired or was revoked: sign in again below.
            }
            catch (ImapTokenException e) when (e.InnerException is MsalUiRequiredException)
            {
                throw new SignInRequiredException(
                    $"the Microsoft 365 sign-in of {account.Username} has expired or was revoked; run 'outreachlint login' in a terminal");
            }
        }

        if (!allowDeviceCode)
        {
            throw new SignInRequiredException($"not signed in to Microsoft 365 as {user}; run 'outreachlint login' in a terminal first");
        }

        return Token(user, await DeviceCodeAsync(ct).ConfigureAwait(false));
    }

    private async Task<AuthenticationResult> DeviceCodeAsync(CancellationToken ct)
    {
        var result = await RunAsync(token => _app.AcquireTokenWithDeviceCode(Scopes, ShowDeviceCodeAsync).ExecuteAsync(token),
            _options.DeviceCodeTimeout, "signing in to Microsoft 365", ct).ConfigureAwait(false);
        if (Storage.IsUnprotectedFile)
        {
            // Said once, when the tokens are first written there; later silent runs (cron) stay quiet.
            await _options.Messages.WriteLineAsync(
                $"outreachlint: no working OS keyring here; Microsoft 365 tokens are cached in {Storage.Path}, readable only by you").ConfigureAwait(false);
        }

        return result;
    }

    private async Task ShowDeviceCodeAsync(DeviceCodeResult code)
    {
        var expires = code.ExpiresOn.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture);
        await _options.Messages.WriteLineAsync(
            $"To sign in to Microsoft 365, open {code.VerificationUrl} in a browser and enter the code {code.UserCode} (valid until {expires}).").ConfigureAwait(false);
        await _options.Messages.FlushAsync().ConfigureAwait(false);
    }

    private async Task<IAccount?> FindAccountAsync(string user)
    {
        var accounts = (await _app.GetAccountsAsync().ConfigureAwait(false)).ToList();
        // One cached account and a different address in the URL: a shared mailbox the signed-in user may read.
        return accounts.FirstOrDefault(a => string.Equals(a.Username, user, StringComparison.OrdinalIgnoreCase))
            ?? (accounts.Count == 1 ? accounts[0] : null);
    }

    /// <summary>
    /// XOAUTH2 names the mailbox: the account's own name, or the URL's address when it names another (shared) mailbox.
    /// A URL user without a domain ("rep") stands for the signed-in account.
    /// </summary>
    private static ImapAccessToken Token(string user, AuthenticationResult result)
    {
        var accountName = result.Account.Username;
        var mailbox = user.Contains('@') && !string.Equals(user, accountName, StringComparison.OrdinalIgnoreCase) ? user : accountName;
        return new ImapAccessToken(mailbox, result.AccessToken);
    }

    /// <summary>Runs one MSAL call under a timeout, turning every failure into a one-line <see cref="ImapTokenException"/>.</summary>
    private static async Task<AuthenticationResult> RunAsync(
        Func<CancellationToken, Task<AuthenticationResult>> call, TimeSpan timeout, string doing, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            return await call(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ImapTokenException($"{doing} took longer than {Describe(timeout)}; try again later");
        }
        catch (MsalUiRequiredException e)
        {
            throw new ImapTokenException($"{doing} needs the user to sign in again ({e.ErrorCode})", e);
        }
        catch (MsalServiceException e)
        {
            throw new ImapTokenException($"{doing} failed: the Microsoft identity service answered {e.ErrorCode} ({FirstLine(e.Message)})", e);
        }
        catch (MsalClientException e)
        {
            throw new ImapTokenException($"{doing} failed: {e.ErrorCode} ({FirstLine(e.Message)})", e);
        }
        catch (HttpRequestException e)
        {
            throw new ImapTokenException($"{doing} failed: cannot reach the Microsoft identity service ({FirstLine(e.Message)})", e);
        }
    }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalMinutes >= 1 ? $"{timeout.TotalMinutes:0} minutes" : $"{timeout.TotalSeconds:0} seconds";

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim().TrimEnd('.');
}
