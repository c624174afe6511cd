using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Identity.Client;

namespace OutreachLint.Identity.Tests.Harness;

/// <summary>
/// The Microsoft identity platform as MSAL sees it over HTTP, for one user: instance discovery, the device-code
/// endpoint, and a token endpoint that answers <c>authorization_pending</c> once per sign-in before issuing tokens.
/// Every request is recorded so a test can tell a silent run from a prompted one.
/// </summary>
public sealed class FakeMicrosoftIdentity : HttpMessageHandler, IMsalHttpClientFactory
{
    public const string UserCode = "FAKE-C0DE";
    public const string VerificationUrl = "https://microsoft.com/devicelogin";
    public const string TenantId = "9188040d-6c67-4c5b-b112-36a304b66dad";
    public const string ObjectId = "00000000-0000-0000-66f3-3332eca7ea81";

    private readonly ConcurrentQueue<string> _requests = new();
    private readonly string _userName;
    private readonly Func<string> _nextAccessToken;
    private int _pendingAnswers;

    /// <param name="userName">The account's <c>preferred_username</c>.</param>
    /// <param name="nextAccessToken">Makes the access token of each issued grant.</param>
    public FakeMicrosoftIdentity(string userName, Func<string> nextAccessToken)
    {
        _userName = userName;
        _nextAccessToken = nextAccessToken;
    }

    /// <summary>Seconds until an issued access token expires; under MSAL's 5-minute margin it counts as expired at once.</summary>
    public int AccessTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>When set, the device-code endpoint never answers (a server that accepts and stalls).</summary>
    public bool StallDeviceCode { get; set; }

    /// <summary>"METHOD path grant" for every request, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public int Count(string fragment) => Requests.Count(r => r.Contains(fragment, StringComparison.Ordinal));

    public HttpClient GetHttpClient() => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var form = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        var fields = System.Web.HttpUtility.ParseQueryString(form);
        var path = request.RequestUri!.AbsolutePath;
        _requests.Enqueue($"{request.Method} {request.RequestUri.Host}{path} {fields["grant_type"]}".TrimEnd());
        if (path.EndsWith("/discovery/instance", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, InstanceDiscovery(request.RequestUri.Host));
        }

        if (path.EndsWith("/oauth2/v2.0/devicecode", StringComparison.Ordinal))
        {
            if (StallDeviceCode)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            Interlocked.Exchange(ref _pendingAnswers, 1);
            return Json(HttpStatusCode.OK, new
            {
                user_code = UserCode,
                device_code = "fake-device-code-" + Guid.NewGuid().ToString("N"),
                verification_uri = VerificationUrl,
                expires_in = 900,
                interval = 1,
                message = $"To sign in, use a web browser to open the page {VerificationUrl} and enter the code {UserCode} to authenticate.",
            });
        }

        if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            if (fields["grant_type"] is "device_code" or "urn:ietf:params:oauth:grant-type:device_code" && Interlocked.Exchange(ref _pendingAnswers, 0) == 1)
            {
                return Json(HttpStatusCode.BadRequest, new
                {
                    error = "authorization_pending",
                    error_description = "AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
                    error_codes = new[] { 70016 },
                });
            }

            return Json(HttpStatusCode.OK, Tokens());
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent($"fake identity: no route for {path}") };
    }

    private object Tokens() => new
    {
        token_type = "Bearer",
        scope = string.Join(' ', MicrosoftSignIn.Scopes.Where(s => s != "offline_access").Append("openid").Append("profile")),
        expires_in = AccessTokenLifetimeSeconds,
        ext_expires_in = AccessTokenLifetimeSeconds,
        access_token = _nextAccessToken(),
        refresh_token = "fake-refresh-" + Guid.NewGuid().ToString("N"),
        id_token = IdToken(),
        client_info = Base64Url(JsonSerializer.Serialize(new { uid = ObjectId, utid = TenantId })),
    };

    private string IdToken()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url("{\"typ\":\"JWT\",\"alg\":\"none\"}");
        var payload = Base64Url(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["aud"] = "client", ["iss"] = $"https://login.microsoftonline.com/{TenantId}/v2.0", ["iat"] = now, ["nbf"] = now,
            ["exp"] = now + 3600, ["name"] = "Test User", ["oid"] = ObjectId, ["preferred_username"] = _userName,
            ["sub"] = "fake-subject", ["tid"] = TenantId, ["ver"] = "2.0",
        }));
        return $"{header}.{payload}.c2lnbmF0dXJl";
    }

    private static object InstanceDiscovery(string host) => new Dictionary<string, object>
    {
        ["tenant_discovery_endpoint"] = $"https://{host}/organizations/v2.0/.well-known/openid-configuration",
        ["api-version"] = "1.1",
        ["metadata"] = new[]
        {
            new { preferred_network = host, preferred_cache = "login.windows.net", aliases = new[] { host, "login.windows.net", "login.microsoft.com", "sts.windows.net" } },
        },
    };

    private static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
