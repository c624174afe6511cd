using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;

namespace OutreachLint.Serve.Tests;

/// <summary>What Outlook fetches from <c>serve</c>: every URL the manifest names, real icons, the sideloading zip, the add-in's CSP.</summary>
[Collection(ServerCollection.Name)]
public sealed class AddinAssetsTests(ServerFixture server)
{
    private const string ManifestOrigin = "https://localhost:5199/";
    private static readonly string Assets = Path.Combine(AppContext.BaseDirectory, "Outlook", "assets");

    [Fact]
    public async Task Manifest_EveryUrlOnTheServer_IsServed()
    {
        var urls = Strings(JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Outlook", "manifest.json"))))
            .Where(s => s.StartsWith(ManifestOrigin, StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains($"{ManifestOrigin}taskpane.html", urls);
        Assert.Contains($"{ManifestOrigin}onsend.js", urls);
        foreach (var url in urls)
        {
            using var response = await server.Client.GetAsync(url[ManifestOrigin.Length..]);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    [InlineData("icon-16.png", 16)]
    [InlineData("icon-32.png", 32)]
    [InlineData("icon-80.png", 80)]
    public async Task Icon_IsARealPngOfItsSize_AndServedAsSuch(string file, int size)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Assets, file));

        var image = PngImage.Decode(bytes);

        Assert.Equal((size, size), (image.Width, image.Height));
        Assert.Equal(bytes, await server.Client.GetByteArrayAsync($"assets/{file}"));
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        // The unified manifest's rule for the outline icon: white where drawn, transparent elsewhere, nothing else.
        var image = PngImage.Decode(File.ReadAllBytes(Path.Combine(Assets, "outline.png")));

        var pixels = Enumerable.Range(0, image.Width * image.Height).Select(i => image.Pixel(i % image.Width, i / image.Width)).ToList();
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {p}"));
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public async Task SideloadZip_HoldsTheManifestAndBothIcons()
    {
        using var response = await server.Client.GetAsync("outlook-addin.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);

        Assert.Equal(["assets/color.png", "assets/outline.png", "manifest.json"], zip.Entries.Select(e => e.FullName).Order());
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Outlook", "manifest.json")), Read(zip, "manifest.json"));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Assets, "color.png")), Read(zip, "assets/color.png"));
    }

    [Theory]
    [InlineData("/taskpane.html")]
    [InlineData("/onsend.html")]
    public async Task AddinPage_MayLoadScriptFromTheOfficeCdnOnlyAndBeFramedOnlyByOutlook(string path)
    {
        using var response = await server.Client.GetAsync(path);

        var csp = Directives(response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(["'self'", "https://appsforoffice.microsoft.com"], csp["script-src"]);
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Equal(["'script'"], csp["require-trusted-types-for"]);
        Assert.All(csp["frame-ancestors"], origin => Assert.Matches(@"^https://outlook\.(office|office365|live)\.com$|^https://outlook\.cloud\.microsoft$", origin));
        Assert.DoesNotContain(csp.Values.SelectMany(v => v), v => v.Contains('*', StringComparison.Ordinal) || v.Contains("unsafe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_MayLoadNothingFromTheOfficeCdn()
    {
        using var response = await server.Client.GetAsync("/");

        Assert.DoesNotContain("appsforoffice", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task OnSendScript_IsOneFileForTheScriptOnlyRuntime()
    {
        // Classic Outlook on Windows loads only the manifest's script, so it must carry the API call and the draft reader.
        var script = await server.Client.GetStringAsync("onsend.js");

        Assert.Contains("Office.actions.associate(\"onMessageSendHandler\"", script);
        Assert.Contains("api: { check", script);
        Assert.Contains("draft: { read", script);
        Assert.DoesNotContain("document.", script);
    }

    private static Dictionary<string, string[]> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
