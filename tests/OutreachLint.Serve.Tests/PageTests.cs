using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using OutreachLint.Cli.Serve;

namespace OutreachLint.Serve.Tests;

/// <summary>The page at <c>/</c> driven in headless Chromium: paste, check, highlight, rewrite, and hostile drafts.</summary>
[Collection(ServerCollection.Name)]
public sealed class PageTests(ServerFixture server, ChromiumFixture chromium)
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Page_WhenFlaggedDraftIsChecked_HighlightsTheFlaggedSentences()
    {
        await using var page = await chromium.OpenAsync(server.Address);

        await PasteAndCheckAsync(page, Drafts.Flagged, checks: 1);

        var marks = await BrowserPage.MarkedTextAsync(page);
        Assert.Contains(Drafts.Pitch, marks);
        Assert.Contains(Drafts.FavourAsk, marks);
        Assert.Equal(Drafts.Flagged, (await page.EvaluateAsync("document.getElementById('preview').textContent")).GetString());
        Assert.True((await page.EvaluateAsync("document.querySelectorAll('#findings button.rewrite').length")).GetInt32() >= 2);
        await page.ScreenshotAsync(Path.Combine(Screenshots, "flagged.png"));
        BrowserPage.AssertNoConsoleErrors(page);
    }

    [Fact]
    public async Task Page_WhenRewriteIsUsed_ReplacesTheSentenceAndChecksAgain()
    {
        await using var page = await chromium.OpenAsync(server.Address);
        await PasteAndCheckAsync(page, Drafts.Flagged, checks: 1);
        var item = $"[...document.querySelectorAll('#findings li')].find(li => li.querySelector('.quote')?.textContent === {Js(Drafts.Pitch)})";
        var suggestion = (await page.EvaluateAsync($"{item}.querySelector('.suggestion').textContent")).GetString()!;

        await page.EvaluateAsync($"{item}.querySelector('button.rewrite').click()");
        await page.WaitForAsync("document.body.dataset.checks === '2'");

        var revised = (await page.EvaluateAsync("document.getElementById('draft').value")).GetString()!;
        Assert.Equal(Drafts.Flagged.Replace(Drafts.Pitch, suggestion, StringComparison.Ordinal), revised);
        Assert.DoesNotContain(Drafts.Pitch, await BrowserPage.MarkedTextAsync(page));
        await page.ScreenshotAsync(Path.Combine(Screenshots, "rewritten.png"));
        BrowserPage.AssertNoConsoleErrors(page);
    }

    [Fact]
    public async Task Page_WhenDraftHoldsMarkup_ShowsItAsTextAndRunsNothing()
    {
        await using var page = await chromium.OpenAsync(server.Address);

        await PasteAndCheckAsync(page, Drafts.Hostile, checks: 1);

        Assert.Equal(JsonValueKind.True, (await page.EvaluateAsync("window.__pwned === undefined")).ValueKind);
        Assert.Equal(0, (await page.EvaluateAsync("document.querySelectorAll('img, main script, #preview *:not(mark), #findings img').length")).GetInt32());
        Assert.Equal(Drafts.Hostile, (await page.EvaluateAsync("document.getElementById('preview').textContent")).GetString());
        // The markup shares a sentence with the pitch, so it sits inside the highlight, still as plain text.
        Assert.Contains(await BrowserPage.MarkedTextAsync(page), m => m.Contains(Drafts.Pitch, StringComparison.Ordinal));
        BrowserPage.AssertNoConsoleErrors(page);
    }

    [Fact]
    public async Task Page_WhenDraftIsClean_ShowsNoFindings()
    {
        await using var page = await chromium.OpenAsync(server.Address);

        await PasteAndCheckAsync(page, Drafts.Clean, checks: 1);

        Assert.Empty(await BrowserPage.MarkedTextAsync(page));
        Assert.StartsWith("No findings", (await page.EvaluateAsync("document.getElementById('status').textContent")).GetString());
    }

    [Fact]
    public async Task Page_WhenServerWantsAToken_AsksForItOnceAndThenChecks()
    {
        var settings = new ServeSettings { Addresses = [ListenAddress.Loopback(0, https: false)], Token = "page-token-42" };
        await using var app = ServeHost.Build(server.Engines, settings);
        await app.StartAsync();
        await using var page = await chromium.OpenAsync(ServeHost.Address(app));

        await page.EvaluateAsync($"document.getElementById('draft').value = {Js(Drafts.Flagged)}; document.getElementById('check').click(); true");
        await page.WaitForAsync("document.getElementById('token') !== null");
        await page.EvaluateAsync("document.getElementById('token').value = 'page-token-42'; document.querySelector('#token-slot button').click(); true");
        await page.WaitForAsync("document.body.dataset.checks === '1'");

        Assert.Contains(Drafts.Pitch, await BrowserPage.MarkedTextAsync(page));
        Assert.Equal("page-token-42", (await page.EvaluateAsync("localStorage.getItem('outreachlint.token')")).GetString());
        await app.StopAsync();
    }

    private static async Task PasteAndCheckAsync(CdpSession page, string text, int checks)
    {
        await page.EvaluateAsync($"document.getElementById('draft').value = {Js(text)}; document.getElementById('check').click(); true");
        await page.WaitForAsync($"document.body.dataset.checks === '{checks}'");
    }

    private static string Js(string text) => JsonSerializer.Serialize(text);
}
