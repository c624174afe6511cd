using System.Security.Cryptography.X509Certificates;

namespace OutreachLint.Cli.Serve;

/// <summary>Where and how <c>serve</c> listens: addresses, the HTTPS certificate, and the API token.</summary>
internal sealed record ServeSettings
{
    /// <summary>The addresses to bind; 127.0.0.1 on the default port unless told otherwise.</summary>
    public IReadOnlyList<ListenAddress> Addresses { get; init; } = [ListenAddress.Loopback(ServeHost.DefaultPort, https: false)];

    /// <summary>The certificate for https addresses; null means Kestrel's ASP.NET Core development certificate.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>The bearer token <c>/api/</c> requires; mandatory when any address is beyond loopback.</summary>
    public string? Token { get; init; }

    /// <summary>True when no address can be reached from another machine.</summary>
    public bool IsLoopbackOnly => Addresses.All(a => a.IsLoopback);

    /// <summary>Settings for 127.0.0.1:<paramref name="port"/> over plain HTTP, as the tests and the default use.</summary>
    public static ServeSettings LoopbackHttp(int port) => new() { Addresses = [ListenAddress.Loopback(port, https: false)] };
}
