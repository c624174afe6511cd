using System.Text.Json;

namespace OutreachLint.Serve.Tests;

/// <summary>The Outlook task pane in headless Chromium, 320 px wide, against the Office.js stand-in.</summary>
[Collection(ServerCollection.Name)]
public sealed class TaskpaneTests(ServerFixture server, ChromiumFixture chromium)
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private static readonly object[] Dana = [new { displayName = "Dana Smith", emailAddress = "dana@northwind.example" }];

    [Fact]
    public async Task Taskpane_WhenReplyDraftIsOpen_ShowsFindingsForTheRepsSentencesOnly()
    {
        await using var page = await OpenAsync(new { bodyType = "html", body = Drafts.HtmlReply, subject = "RE: Warehouse rollout", to = Dana });

        var marks = await BrowserPage.MarkedTextAsync(page);
        Assert.Contains(Drafts.Pitch, marks);
        Assert.Contains(Drafts.FavourAsk, marks);
        var preview = (await page.EvaluateAsync("document.getElementById('preview').textContent")).GetString()!;
        Assert.DoesNotContain("award-winning", preview);
        Assert.DoesNotContain("From:", preview);
        Assert.DoesNotContain(await QuotesAsync(page), q => q.Contains("award-winning", StringComparison.Ordinal));
        Assert.Contains("the quoted reply", (await page.EvaluateAsync("document.getElementById('status').textContent")).GetString());
        Assert.True((await page.EvaluateAsync("document.documentElement.scrollWidth <= 320")).GetBoolean(), "the pane scrolls sideways at 320 px");
        await page.ScreenshotAsync(Path.Combine(Screenshots, "taskpane-reply.png"));
        BrowserPage.AssertNoConsoleErrors(page);
    }

    [Fact]
    public async Task Taskpane_WhenRewriteIsUsed_SetsTheBodyAndKeepsEverythingElse()
    {
        await using var page = await OpenAsync(new { bodyType = "html", body = Drafts.HtmlReply, subject = "RE: Warehouse rollout", to = Dana });
        var suggestion = await ClickRewriteAsync(page, Drafts.Pitch);

        var body = (await page.EvaluateAsync("window.__officeStandin.draft.body")).GetString()!;

        // The sentence's words now live where it began; the bold element it crossed stays, emptied; nothing else moved.
        Assert.Equal(Drafts.HtmlReply.Replace(Drafts.PitchHtml, HtmlText(suggestion) + "<b></b>", StringComparison.Ordinal), body);
        var setCalls = (await page.EvaluateAsync("window.__officeStandin.calls.filter(c => c.method === 'body.setAsync').map(c => c.coercionType)")).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["html"], setCalls);
        Assert.DoesNotContain(Drafts.Pitch, await BrowserPage.MarkedTextAsync(page));
        await page.ScreenshotAsync(Path.Combine(Screenshots, "taskpane-rewritten.png"));
        BrowserPage.AssertNoConsoleErrors(page);
    }

    [Fact]
    public async Task Taskpane_WhenTextDraftQuotesAReply_RewritesOnlyTheRepsSentence()
    {
        var quoted = $"\n\nOn Mon, 2 Mar 2026 at 09:14, Mark Jones <mark@fabrikam.example> wrote:\n> {Drafts.Pitch}\n";
        var body = Drafts.Flagged + quoted;
        await using var page = await OpenAsync(new { bodyType = "text", body, subject = "Re: rollout", to = Dana });
        var suggestion = await ClickRewriteAsync(page, Drafts.Pitch);

        var revised = (await page.EvaluateAsync("window.__officeStandin.draft.body")).GetString()!;

        Assert.Equal(Drafts.Flagged.Replace(Drafts.Pitch, suggestion, StringComparison.Ordinal) + quoted, revised);
    }

    [Fact]
    public async Task Taskpane_WhenDraftHoldsMarkup_RunsNothingAndKeepsTheMarkupInTheDraft()
    {
        const string Hostile = "<div>Hi Dana,</div><div><img src=\"x\" onerror=\"window.__pwned = 1\"><script>window.__pwned = 2</script>"
            + Drafts.PitchHtml + " " + Drafts.FavourAsk + "</div>";
        var draft = new { bodyType = "html", body = $"<html><head></head><body>{Hostile}</body></html>", subject = "<script>window.__pwned = 3</script><img src=x onerror=\"window.__pwned = 4\">", to = Dana };
        await using var page = await OpenAsync(draft);
        await ClickRewriteAsync(page, Drafts.Pitch);

        Assert.Equal(JsonValueKind.True, (await page.EvaluateAsync("window.__pwned === undefined")).ValueKind);
        Assert.Equal(0, (await page.EvaluateAsync("document.querySelectorAll('img, main script').length")).GetInt32());
        var body = (await page.EvaluateAsync("window.__officeStandin.draft.body")).GetString()!;
        Assert.Contains("<img src=\"x\" onerror=\"window.__pwned = 1\">", body);
        BrowserPage.AssertNoConsoleErrors(page);
    }

    private Task<CdpSession> OpenAsync(object draft) =>
        OfficePage.OpenAsync(chromium, new Uri(server.Address, "taskpane.html"), draft, "document.body.dataset.checks === '1'");

    /// <summary>Clicks the rewrite of the finding quoting <paramref name="sentence"/>, waits for the re-check, returns the suggestion.</summary>
    private static async Task<string> ClickRewriteAsync(CdpSession page, string sentence)
    {
        var item = $"[...document.querySelectorAll('#findings li')].find(li => li.querySelector('.quote')?.textContent === {JsonSerializer.Serialize(sentence)})";
        var suggestion = (await page.EvaluateAsync($"{item}.querySelector('.suggestion').textContent")).GetString()!;
        await page.EvaluateAsync($"{item}.querySelector('button.rewrite').click(); true");
        await page.WaitForAsync("document.body.dataset.checks === '2'");
        return suggestion;
    }

    private static async Task<List<string>> QuotesAsync(CdpSession page) =>
        [.. (await page.EvaluateAsync("[...document.querySelectorAll('#findings .quote')].map(q => q.textContent)")).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>Text as a browser serialises it inside an element.</summary>
    private static string HtmlText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\u00a0", "&nbsp;", StringComparison.Ordinal);
}
