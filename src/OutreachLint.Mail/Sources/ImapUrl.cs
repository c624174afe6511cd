using System.Diagnostics.CodeAnalysis;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// An IMAP folder address, <c>imap://USER@HOST[:PORT]/FOLDER</c> (STARTTLS) or <c>imaps://USER@HOST[:PORT]/FOLDER</c>
/// (implicit TLS). It never carries a password.
/// </summary>
/// <param name="ImplicitTls">True for <c>imaps</c>.</param>
/// <param name="User">The login name, percent-decoded (it may contain '@').</param>
/// <param name="Host">The server host name or address.</param>
/// <param name="Port">The port, explicit or the scheme's default.</param>
/// <param name="Folder">The folder path as the user wrote it, percent-decoded; INBOX when empty.</param>
public sealed record ImapUrl(bool ImplicitTls, string User, string Host, int Port, string Folder)
{
    /// <summary>The URL scheme: <c>imaps</c> or <c>imap</c>.</summary>
    public string Scheme => ImplicitTls ? "imaps" : "imap";

    /// <summary>The account as people write it, <c>user@host</c>.</summary>
    public string Account => $"{User}@{Host}";

    /// <summary>The server as <c>host:port</c>.</summary>
    public string Server => $"{HostForUrl}:{Port}";

    /// <summary>True when the input starts with an IMAP scheme, whether or not the rest is valid.</summary>
    public static bool IsImapUrl(string input) =>
        input.StartsWith("imap://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("imaps://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses an IMAP URL.</summary>
    /// <exception cref="FormatException">The URL is malformed, lacks a user, or contains a password.</exception>
    public static ImapUrl Parse(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TryParse(input, out var url, out var error) ? url : throw new FormatException(error);
    }

    /// <summary>Parses an IMAP URL; <paramref name="error"/> says what is wrong without echoing any secret.</summary>
    public static bool TryParse(string input, [NotNullWhen(true)] out ImapUrl? url, [NotNullWhen(false)] out string? error)
    {
        url = null;
        var implicitTls = input.StartsWith("imaps://", StringComparison.OrdinalIgnoreCase);
        if (!implicitTls && !input.StartsWith("imap://", StringComparison.OrdinalIgnoreCase))
        {
            error = "not an IMAP URL: expected imap://USER@HOST[:PORT]/FOLDER or imaps://USER@HOST[:PORT]/FOLDER";
            return false;
        }

        var rest = input[(implicitTls ? 8 : 7)..];
        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        var folder = slash < 0 ? "" : Uri.UnescapeDataString(rest[(slash + 1)..]).TrimEnd('/');
        var at = authority.LastIndexOf('@');
        if (at <= 0)
        {
            error = $"IMAP URL needs a user name: {implicitTls switch { true => "imaps", false => "imap" }}://USER@HOST/FOLDER";
            return false;
        }

        var userInfo = authority[..at];
        if (userInfo.Contains(':'))
        {
            // The password is deliberately not echoed back.
            error = "IMAP URL must not contain a password; supply it through the environment or a password file";
            return false;
        }

        if (!TryParseHostPort(authority[(at + 1)..], implicitTls ? 993 : 143, out var host, out var port))
        {
            error = $"IMAP URL has an invalid host or port: '{authority[(at + 1)..]}'";
            return false;
        }

        url = new ImapUrl(implicitTls, Uri.UnescapeDataString(userInfo), host, port, folder.Length == 0 ? "INBOX" : folder);
        error = null;
        return true;
    }

    /// <summary>The folder's display URL, e.g. <c>imaps://rep@host/Sent</c>; the port is shown only when not the default.</summary>
    public string FolderDisplayUrl(string folder) =>
        $"{Scheme}://{User}@{HostForUrl}{(Port == (ImplicitTls ? 993 : 143) ? "" : $":{Port}")}/{folder}";

    /// <summary>The folder's canonical URL with an explicit port, the key history uses to resume.</summary>
    public string FolderCanonicalUrl(string folder) => $"{Scheme}://{User}@{HostForUrl.ToLowerInvariant()}:{Port}/{folder}";

    /// <inheritdoc />
    public override string ToString() => FolderDisplayUrl(Folder);

    private string HostForUrl => Host.Contains(':') ? $"[{Host}]" : Host;

    private static bool TryParseHostPort(string text, int defaultPort, out string host, out int port)
    {
        host = text;
        port = defaultPort;
        string? portText = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            host = text[1..close];
            portText = text.Length > close + 1 && text[close + 1] == ':' ? text[(close + 2)..] : null;
        }
        else if (text.LastIndexOf(':') is var colon and >= 0)
        {
            host = text[..colon];
            portText = text[(colon + 1)..];
        }

        if (portText is not null && (!int.TryParse(portText, out port) || port is < 1 or > 65535))
        {
            return false;
        }

        return host.Length > 0 && !host.Any(char.IsWhiteSpace);
    }
}
