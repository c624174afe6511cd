using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OutreachLint.Cli.Serve;

/// <summary>
/// The page's and the add-in's HTML, CSS, JavaScript and icons, embedded in the assembly so the tool needs no files
/// and no CDN (Office.js aside, which Office requires from Microsoft's).
/// </summary>
internal static class PageAssets
{
    private const string Html = "text/html; charset=utf-8";
    private const string Script = "text/javascript; charset=utf-8";
    private const string Png = "image/png";

    private static readonly FrozenDictionary<string, (string[] Resources, string ContentType)> Routes = new Dictionary<string, (string[], string)>
    {
        ["/"] = (["index.html"], Html),
        ["/app.css"] = (["app.css"], "text/css; charset=utf-8"),
        ["/app.js"] = (["app.js"], Script),
        ["/lint-api.js"] = (["lint-api.js"], Script),
        ["/lint-view.js"] = (["lint-view.js"], Script),
        ["/taskpane.html"] = (["taskpane.html"], Html),
        ["/taskpane.js"] = (["taskpane.js"], Script),
        ["/draft-reader.js"] = (["draft-reader.js"], Script),
        ["/draft-rewrite.js"] = (["draft-rewrite.js"], Script),
        ["/office-trusted-types.js"] = (["office-trusted-types.js"], Script),
        ["/onsend.html"] = (["onsend.html"], Html),

        // Classic Outlook on Windows runs the on-send handler as this one script with no page, so it is served whole.
        ["/onsend.js"] = (["lint-api.js", "draft-reader.js", "onsend-handler.js"], Script),
        ["/assets/icon-16.png"] = (["assets.icon-16.png"], Png),
        ["/assets/icon-32.png"] = (["assets.icon-32.png"], Png),
        ["/assets/icon-80.png"] = (["assets.icon-80.png"], Png),
        ["/assets/color.png"] = (["assets.color.png"], Png),
        ["/assets/outline.png"] = (["assets.outline.png"], Png),
    }.ToFrozenDictionary();

    /// <summary>Maps a GET route for every asset and for the add-in's sideloading zip, each read from the assembly once.</summary>
    /// <exception cref="InvalidOperationException">An asset is missing from the build.</exception>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var (route, (names, contentType)) in Routes)
        {
            // Joined scripts get a line break between them so a missing final newline cannot fuse two statements.
            var bytes = names.Length == 1 ? Read(names[0]) : names.SelectMany(name => Read(name).Append((byte)'\n')).ToArray();
            app.MapGet(route, () => Results.Bytes(bytes, contentType));
        }

        var package = AddinPackage.Build(Read("addin.manifest.json"), Read("assets.color.png"), Read("assets.outline.png"));
        app.MapGet(AddinPackage.Route, () => Results.File(package, "application/zip", AddinPackage.FileName));
    }

    private static byte[] Read(string name)
    {
        var resource = $"OutreachLint.Cli.Serve.wwwroot.{name}";
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded page asset {resource} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
