using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace OutreachLint.Cli.Serve;

/// <summary>One address <c>serve</c> listens on, from <c>--urls</c> or the loopback default.</summary>
/// <param name="Https">True for https: Office loads add-ins only over HTTPS.</param>
/// <param name="Address">The IP address to bind (loopback, a specific interface, or any).</param>
/// <param name="Port">The port; 0 lets the system pick a free one.</param>
internal sealed partial record ListenAddress(bool Https, IPAddress Address, int Port)
{
    /// <summary>True when only this machine can connect.</summary>
    public bool IsLoopback => IPAddress.IsLoopback(Address);

    /// <summary>127.0.0.1 on <paramref name="port"/>.</summary>
    public static ListenAddress Loopback(int port, bool https) => new(https, IPAddress.Loopback, port);

    /// <summary>
    /// Parses <c>http[s]://HOST:PORT</c> where HOST is <c>localhost</c>, an IP address, or <c>*</c>/<c>+</c>/<c>0.0.0.0</c>
    /// for every interface. Names other than localhost are refused: Kestrel binds addresses, not names.
    /// </summary>
    /// <exception cref="UsageException">The value is not such a URL.</exception>
    public static ListenAddress Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var match = UrlShape().Match(url.Trim());
        if (!match.Success || !int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort)
        {
            throw new UsageException($"--urls: \"{url}\" is not http://HOST:PORT or https://HOST:PORT");
        }

        var host = match.Groups[2].Value.Trim('[', ']');
        var address = host.ToLowerInvariant() switch
        {
            "localhost" => IPAddress.Loopback,
            "*" or "+" => IPAddress.Any,
            _ when IPAddress.TryParse(host, out var ip) => ip,
            _ => throw new UsageException($"--urls: \"{host}\" is not an IP address, localhost or *"),
        };
        return new ListenAddress(match.Groups[1].Value.Equals("https", StringComparison.OrdinalIgnoreCase), address, port);
    }

    [GeneratedRegex(@"^(https?)://(\[[^\]]+\]|[^:/\[\]]+):(\d{1,5})/?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlShape();
}
