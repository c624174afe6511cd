namespace OutreachLint.Serve.Tests;

/// <summary>What the browser tests read off any of the pages: highlighted text and console errors.</summary>
internal static class BrowserPage
{
    /// <summary>The text of every highlight in the preview, in order.</summary>
    public static async Task<List<string>> MarkedTextAsync(CdpSession page) =>
        [.. (await page.EvaluateAsync("[...document.querySelectorAll('#preview mark')].map(m => m.textContent)")).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>
    /// Fails on any script error or console error, which is where a CSP or Trusted Types violation shows up. The one
    /// exception: when the task pane parses a draft's HTML into an inert document for a rewrite, the CSP refuses the
    /// draft's own inline styles and event handlers there and says so; that is the policy working, not the pane failing.
    /// </summary>
    public static void AssertNoConsoleErrors(CdpSession page)
    {
        var errors = page.Events
            .Where(e => e.Method == "Runtime.exceptionThrown" || (e.Method == "Log.entryAdded" && e.Params.GetProperty("entry").GetProperty("level").GetString() == "error"))
            .Where(e => !IsDraftContentRefused(e.Params))
            .Select(e => e.Params.ToString())
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static bool IsDraftContentRefused(System.Text.Json.JsonElement parameters) =>
        parameters.TryGetProperty("entry", out var entry)
        && entry.GetProperty("source").GetString() == "security"
        && entry.TryGetProperty("stackTrace", out var stack)
        && stack.GetProperty("callFrames").EnumerateArray().FirstOrDefault() is { ValueKind: System.Text.Json.JsonValueKind.Object } top
        && top.GetProperty("functionName").GetString() == "parseInert";
}
