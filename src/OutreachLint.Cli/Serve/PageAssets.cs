using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OutreachLint.Cli.Serve;

/// <summary>The web page's HTML, CSS and JavaScript, embedded in the assembly so the tool needs no files and no CDN.</summary>
internal static class PageAssets
{
    private static readonly FrozenDictionary<string, (string ResourceName, string ContentType)> Routes = new Dictionary<string, (string, string)>
    {
        ["/"] = ("index.html", "text/html; charset=utf-8"),
        ["/app.css"] = ("app.css", "text/css; charset=utf-8"),
        ["/app.js"] = ("app.js", "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary();

    /// <summary>Maps a GET route for every asset, each read from the assembly once.</summary>
    /// <exception cref="InvalidOperationException">An asset is missing from the build.</exception>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var (route, (name, contentType)) in Routes)
        {
            var bytes = Read(name);
            app.MapGet(route, () => Results.Bytes(bytes, contentType));
        }
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
