using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;

namespace OutreachLint.Mail.Sources;

/// <summary>One connected, authenticated IMAP client with the folder opened read-only.</summary>
internal sealed class ImapSession : IAsyncDisposable
{
    private ImapSession(ImapClient client, ImapFolder folder)
    {
        Client = client;
        Folder = folder;
    }

    /// <summary>The connected client.</summary>
    public ImapClient Client { get; }

    /// <summary>The resolved folder, open read-only.</summary>
    public ImapFolder Folder { get; }

    /// <summary>Connects, authenticates and opens the folder of <paramref name="url"/> read-only.</summary>
    /// <exception cref="ImapSourceException">No credentials, no STARTTLS, or no such folder.</exception>
    /// <exception cref="ImapTokenException">The token provider could not produce a token.</exception>
    public static async Task<ImapSession> OpenAsync(
        ImapUrl url, ImapSourceOptions options, ServerCertificateValidator validator, CancellationToken ct)
    {
        // Before connecting: a token refresh may take seconds, and a server drops a connection that idles before login.
        var provided = string.IsNullOrEmpty(options.AccessToken) && options.TokenProvider is { } provider
            ? await provider.GetTokenAsync(url, ct).ConfigureAwait(false)
            : null;
        var client = new ImapClient
        {
            Timeout = (int)options.Timeout.TotalMilliseconds,
            ServerCertificateValidationCallback = validator.Validate,
        };
        try
        {
            await ConnectAsync(client, url, options, ct).ConfigureAwait(false);
            await AuthenticateAsync(client, url, options, provided, ct).ConfigureAwait(false);
            var folder = await ImapFolderResolver.ResolveAsync(client, url.Folder, ct).ConfigureAwait(false)
                ?? throw new ImapSourceException($"no folder named '{url.Folder}' for {url.Account}");
            await folder.OpenAsync(FolderAccess.ReadOnly, ct).ConfigureAwait(false);
            return new ImapSession(client, (ImapFolder)folder);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Logs out politely when the connection is still alive, and always releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Client.IsConnected)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await Client.DisconnectAsync(true, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ImapProtocolException or ImapCommandException
            or OperationCanceledException or ServiceNotConnectedException)
        {
            // The session is being thrown away; a failed LOGOUT changes nothing.
        }
        finally
        {
            Client.Dispose();
        }
    }

    private static async Task ConnectAsync(ImapClient client, ImapUrl url, ImapSourceOptions options, CancellationToken ct)
    {
        var security = url.ImplicitTls ? SecureSocketOptions.SslOnConnect
            : options.Insecure ? SecureSocketOptions.StartTlsWhenAvailable
            : SecureSocketOptions.StartTls;
        try
        {
            await client.ConnectAsync(url.Host, url.Port, security, ct).ConfigureAwait(false);
        }
        catch (NotSupportedException) when (security == SecureSocketOptions.StartTls)
        {
            throw new ImapSourceException(
                $"{url.Server} does not offer STARTTLS; use imaps:// or allow an unencrypted connection with --insecure");
        }
    }

    private static async Task AuthenticateAsync(
        ImapClient client, ImapUrl url, ImapSourceOptions options, ImapAccessToken? provided, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(options.AccessToken))
        {
            await AuthenticateWithTokenAsync(client, url.User, options.AccessToken, ct).ConfigureAwait(false);
            return;
        }

        if (provided is not null)
        {
            await AuthenticateWithTokenAsync(client, provided.UserName, provided.Token, ct).ConfigureAwait(false);
            return;
        }

        if (string.IsNullOrEmpty(options.Password))
        {
            throw new ImapSourceException($"no password or access token given for {url.Account}");
        }

        await client.AuthenticateAsync(url.User, options.Password, ct).ConfigureAwait(false);
    }

    private static async Task AuthenticateWithTokenAsync(ImapClient client, string user, string token, CancellationToken ct)
    {
        SaslMechanism mechanism = client.AuthenticationMechanisms.Contains("OAUTHBEARER")
            && !client.AuthenticationMechanisms.Contains("XOAUTH2")
                ? new SaslMechanismOAuthBearer(user, token)
                : new SaslMechanismOAuth2(user, token);
        await client.AuthenticateAsync(mechanism, ct).ConfigureAwait(false);
    }
}
