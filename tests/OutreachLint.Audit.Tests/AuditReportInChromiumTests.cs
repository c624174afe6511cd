using OutreachLint.Audit.Tests.Harness;

namespace OutreachLint.Audit.Tests;

public sealed class AuditReportInChromiumTests(TeamAuditFixture team, ChromiumFixture chromium) : IClassFixture<TeamAuditFixture>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Report_RendersChartsTableAndExamples()
    {
        var dom = await chromium.Browser.DumpDomAsync(team.ReportPath);
        Assert.Equal(3, CountOf(dom, "<svg class=\"chart"));
        Assert.Contains("<table class=\"senders\">", dom, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"line\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"example\"", dom, StringComparison.Ordinal);
        Assert.Contains("alice@acme.com", dom, StringComparison.Ordinal);

        var png = Path.Combine(team.Folder, "report.png");
        await chromium.Browser.ScreenshotAsync(team.ReportPath, png);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is suspiciously small");
    }

    [Fact]
    public async Task Report_HostileSenderSubjectAndBody_RunNothing()
    {
        var dom = await chromium.Browser.DumpDomAsync(team.ReportPath);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;b onmouseover=alert(1)&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pwned=\"1\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onmouseover=", dom.Replace("&lt;b onmouseover=", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<title>OutreachLint audit", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_TheSameHostileStringsUnescaped_DoRunInThisChromium()
    {
        // Proves the check above can see an attack succeed: the raw strings in a page without escaping or policy do run.
        var page = Path.Combine(team.Folder, "control.html");
        File.WriteAllText(page, $"<!DOCTYPE html><html><head><title>control</title></head><body><p>{TeamMail.HostileName}</p><h3>{TeamMail.HostileSubject}</h3></body></html>");
        var dom = await chromium.Browser.DumpDomAsync(page);
        Assert.Contains("data-pwned=\"1\"", dom, StringComparison.Ordinal);
        Assert.Contains("<title>pwned</title>", dom, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
