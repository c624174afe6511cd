using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutreachLint.Serve.Tests;

/// <summary>
/// Opens one of the add-in's pages, unmodified, with the Office.js stand-in in place of Microsoft's CDN copy: Chromium's
/// Fetch domain answers the CDN URL with officejs-standin/office.js, and the draft is set before any script runs.
/// </summary>
internal static class OfficePage
{
    /// <summary>The URL the add-in's pages load Office.js from in production.</summary>
    public const string OfficeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    private static readonly Lazy<string> Standin = new(() =>
        Convert.ToBase64String(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "officejs-standin", "office.js"))));

    /// <summary>Opens <paramref name="url"/> in a pane <paramref name="width"/> pixels wide with <paramref name="draft"/> in the stand-in.</summary>
    public static async Task<CdpSession> OpenAsync(ChromiumFixture chromium, Uri url, object draft, string ready, int width = 320)
    {
        var page = await chromium.OpenBlankAsync();
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        await page.SendAsync("Page.enable");
        await page.SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = $"window.__officeStandinDraft = {JsonSerializer.Serialize(draft)};" });
        page.On("Fetch.requestPaused", e => AnswerAsync(page, e));
        await page.SendAsync("Fetch.enable", new JsonObject { ["patterns"] = new JsonArray(new JsonObject { ["urlPattern"] = "https://appsforoffice.microsoft.com/*" }) });
        await page.NavigateAsync(url, ready);
        return page;
    }

    /// <summary>Office.js's URL gets the stand-in; anything else on the CDN fails as it would here, offline.</summary>
    private static Task AnswerAsync(CdpSession page, JsonElement paused)
    {
        var id = paused.GetProperty("requestId").GetString()!;
        if (paused.GetProperty("request").GetProperty("url").GetString() != OfficeJsUrl)
        {
            return page.SendAsync("Fetch.failRequest", new JsonObject { ["requestId"] = id, ["errorReason"] = "InternetDisconnected" });
        }

        return page.SendAsync("Fetch.fulfillRequest", new JsonObject
        {
            ["requestId"] = id,
            ["responseCode"] = 200,
            ["responseHeaders"] = new JsonArray(new JsonObject { ["name"] = "Content-Type", ["value"] = "text/javascript; charset=utf-8" }),
            ["body"] = Standin.Value,
        });
    }
}
