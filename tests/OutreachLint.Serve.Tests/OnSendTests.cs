using System.Text.Json;
using OutreachLint.Cli.Serve;

namespace OutreachLint.Serve.Tests;

/// <summary>The on-send handler (Smart Alerts, soft block) in headless Chromium against the Office.js stand-in.</summary>
[Collection(ServerCollection.Name)]
public sealed class OnSendTests(ServerFixture server, ChromiumFixture chromium)
{
    private const string Ready = "window.__officeStandin !== undefined && typeof OutreachLint === 'object'";
    private static readonly object[] Dana = [new { displayName = "Dana Smith", emailAddress = "dana@northwind.example" }];

    [Fact]
    public async Task OnSend_WhenDraftIsFlagged_BlocksWithAMessageTheRepCanOverride()
    {
        await using var page = await OpenAsync(server.Address, new { bodyType = "text", body = Drafts.Flagged, subject = "Q3", to = Dana });

        var completed = await SendAsync(page);

        Assert.False(completed.GetProperty("allowEvent").GetBoolean());
        var message = completed.GetProperty("errorMessage").GetString()!;
        Assert.StartsWith($"This reads like a disguised pitch: “{Drafts.Pitch}”", message);
        Assert.EndsWith("Send anyway?", message);
        Assert.InRange(message.Length, 1, 500);
        Assert.False(completed.TryGetProperty("commandId", out _), "Mailbox 1.13 has no commandId");
        BrowserPage.AssertNoConsoleErrors(page);
    }

    [Fact]
    public async Task OnSend_WhenClientSupportsMailbox114_OffersToOpenTheTaskPane()
    {
        await using var page = await OpenAsync(server.Address, new { bodyType = "text", body = Drafts.Flagged, subject = "Q3", to = Dana, mailboxMinor = 14 });

        var completed = await SendAsync(page);

        Assert.False(completed.GetProperty("allowEvent").GetBoolean());
        Assert.Equal("ShowTaskPane", completed.GetProperty("commandId").GetString());
    }

    [Fact]
    public async Task OnSend_WhenDraftIsClean_Allows()
    {
        await using var page = await OpenAsync(server.Address, new { bodyType = "text", body = Drafts.Clean, subject = "March invoice", to = Dana });

        var completed = await SendAsync(page);

        Assert.True(completed.GetProperty("allowEvent").GetBoolean());
        Assert.False(completed.TryGetProperty("errorMessage", out _));
    }

    [Fact]
    public async Task OnSend_WhenOnlyTheQuotedReplyIsAPitch_Allows()
    {
        await using var page = await OpenAsync(server.Address, new { bodyType = "html", body = Drafts.HtmlCleanReplyToPitch, subject = "RE: Warehouse rollout", to = Dana });

        var completed = await SendAsync(page);

        Assert.True(completed.GetProperty("allowEvent").GetBoolean());
    }

    [Fact]
    public async Task OnSend_WhenServerIsDown_AllowsTheSend()
    {
        // A server of its own, stopped after the page loaded: the check cannot be made, and the mail must still go.
        var app = ServeHost.Build(server.Engines, ServeSettings.LoopbackHttp(port: 0));
        await app.StartAsync();
        var address = ServeHost.Address(app);
        await using var page = await OpenAsync(address, new { bodyType = "text", body = Drafts.Flagged, subject = "Q3", to = Dana });
        await app.StopAsync();
        await app.DisposeAsync();

        var completed = await SendAsync(page);

        Assert.True(completed.GetProperty("allowEvent").GetBoolean());
    }

    private Task<CdpSession> OpenAsync(Uri address, object draft) =>
        OfficePage.OpenAsync(chromium, new Uri(address, "onsend.html"), draft, Ready);

    /// <summary>Presses Send in the stand-in and returns what the handler passed to <c>event.completed</c>.</summary>
    private static async Task<JsonElement> SendAsync(CdpSession page) =>
        await page.EvaluateAsync("window.__officeStandin.send()");
}
