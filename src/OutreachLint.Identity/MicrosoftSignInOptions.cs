using Microsoft.Identity.Client;

namespace OutreachLint.Identity;

/// <summary>
/// Which Entra app signs in, for which tenant, where tokens are cached and where messages for the user go. A class,
/// not a record: nothing here is secret, but it carries writers and factories that make no sense printed.
/// </summary>
public sealed class MicrosoftSignInOptions
{
    /// <summary>The default authority audience: any work or school account, no personal Microsoft accounts.</summary>
    public const string DefaultTenant = "organizations";

    /// <summary>The application (client) ID of the public-client app registration.</summary>
    public required string ClientId { get; init; }

    /// <summary><c>organizations</c>, <c>common</c>, a tenant ID or a verified domain such as <c>contoso.com</c>.</summary>
    public string Tenant { get; init; } = DefaultTenant;

    /// <summary>The folder of the token cache (or of its lock file, when the OS keyring holds the tokens).</summary>
    public string CacheDirectory { get; init; } = DefaultCacheDirectory;

    /// <summary>Where device-code instructions and the notice of a plain-file cache go; the CLI passes standard error.</summary>
    public TextWriter Messages { get; init; } = Console.Error;

    /// <summary>How long a silent acquisition (cache or refresh token) may take; MSAL alone waits 201 s for a stalled server.</summary>
    public TimeSpan SilentTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the device-code sign-in may take in all; Entra's codes expire after 15 minutes.</summary>
    public TimeSpan DeviceCodeTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Replaces MSAL's HTTP client (tests put a fake identity endpoint behind it).</summary>
    public IMsalHttpClientFactory? HttpClientFactory { get; init; }

    /// <summary>Receives MSAL's own log lines, personal data left out; null logs nothing.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>The user's data folder for OutreachLint's Microsoft 365 token cache, per OS.</summary>
    public static string DefaultCacheDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "outreachlint", "msal");
}
