using Microsoft.AspNetCore.Http;

namespace OutreachLint.Cli.Serve;

/// <summary>Headers on every answer that keep a hostile draft inert even if a page had a bug.</summary>
internal static class SecurityHeaders
{
    /// <summary>Where Office.js must come from: Microsoft's CDN; Office refuses add-ins that bundle their own copy.</summary>
    public const string OfficeJsOrigin = "https://appsforoffice.microsoft.com";

    /// <summary>The Outlook web hosts that frame the task pane and the on-send page (the new Outlook is one of them).</summary>
    public const string OutlookHosts = "https://outlook.office.com https://outlook.office365.com https://outlook.live.com https://outlook.cloud.microsoft";

    /// <summary>
    /// Same-origin only, no inline script or style, and Trusted Types so no string can reach an HTML sink. Only Outlook
    /// may frame the pages: it embeds the add-in, and the new Outlook probes the server's root before loading it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors " + OutlookHosts
        + "; require-trusted-types-for 'script'; trusted-types 'none'";

    /// <summary>
    /// The add-in's pages also load Office.js from its CDN origin and nothing else. Two Trusted Types policies exist:
    /// one parses a draft's HTML into an inert document for a rewrite, and the default admits only Office.js's own
    /// script URLs (it loads its host-specific parts from the same CDN).
    /// </summary>
    public const string AddinContentSecurityPolicy =
        "default-src 'self'; script-src 'self' " + OfficeJsOrigin + "; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors "
        + OutlookHosts + "; require-trusted-types-for 'script'; trusted-types outreachlint-draft-html default";

    private static readonly HashSet<string> AddinPages = new(StringComparer.OrdinalIgnoreCase) { "/taskpane.html", "/onsend.html" };

    /// <summary>Adds the headers before the rest of the pipeline writes anything.</summary>
    public static Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = AddinPages.Contains(context.Request.Path.Value ?? "") ? AddinContentSecurityPolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next(context);
    }
}
