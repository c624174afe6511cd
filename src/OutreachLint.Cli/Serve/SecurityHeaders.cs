using Microsoft.AspNetCore.Http;

namespace OutreachLint.Cli.Serve;

/// <summary>Headers on every answer that keep a hostile draft inert even if the page had a bug.</summary>
internal static class SecurityHeaders
{
    /// <summary>Same-origin only, no inline script or style, and Trusted Types so no string can reach an HTML sink.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'";

    /// <summary>Adds the headers before the rest of the pipeline writes anything.</summary>
    public static Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next(context);
    }
}
