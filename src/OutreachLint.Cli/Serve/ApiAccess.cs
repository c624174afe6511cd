using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OutreachLint.Cli.Serve;

/// <summary>
/// Who may call <c>/api/</c>: only pages of this server's own origin (the page and the add-in are served from it, so
/// no CORS header is ever sent), and, when a token is configured, only callers that present it.
/// </summary>
internal sealed class ApiAccess(string? token)
{
    // Hashes compare in fixed time at a fixed length, so neither the token's content nor its length leaks through timing.
    private readonly byte[]? _tokenHash = token is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Refuses a foreign origin with 403 and a missing or wrong token with 401; everything else goes on.</summary>
    public async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        if (IsForeignOrigin(context.Request))
        {
            // A refused request carries no Access-Control-Allow-Origin, so the browser hides even this answer from the caller.
            await CheckEndpoint.WriteErrorAsync(context.Response, StatusCodes.Status403Forbidden, "requests from other sites are refused");
            return;
        }

        if (_tokenHash is not null && !HasToken(context.Request))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await CheckEndpoint.WriteErrorAsync(context.Response, StatusCodes.Status401Unauthorized, "this server needs its access token (Authorization: Bearer ...)");
            return;
        }

        await next(context);
    }

    /// <summary>
    /// Browsers name the calling page's origin on every cross-origin request and on same-origin POSTs; scripts and
    /// curl send none. Only this server's own scheme and host may appear.
    /// </summary>
    private static bool IsForeignOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    private bool HasToken(HttpRequest request)
    {
        const string Scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim())), _tokenHash);
    }
}
