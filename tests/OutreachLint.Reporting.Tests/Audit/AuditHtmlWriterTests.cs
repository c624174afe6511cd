using OutreachLint.Reporting.Audit;

namespace OutreachLint.Reporting.Tests.Audit;

public sealed class AuditHtmlWriterTests
{
    private static readonly string Html = Render();

    [Fact]
    public void Write_EncodesEveryStringFromTheEmail()
    {
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=\"", Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;", Html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=&quot;", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IsSelfContained_WithAStrictPolicyAndNoScript()
    {
        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{AuditHtmlWriter.ContentSecurityPolicy}\">", Html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", AuditHtmlWriter.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", Html, StringComparison.Ordinal);
        Assert.True(Html.IndexOf("Content-Security-Policy", StringComparison.Ordinal) < Html.IndexOf("<title>", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_DrawsTheThreeChartsAndTheExamples()
    {
        Assert.Equal(3, Html.Split("<svg class=\"chart").Length - 1);
        Assert.Contains("class=\"senders\"", Html, StringComparison.Ordinal);
        Assert.Contains("class=\"example\"", Html, StringComparison.Ordinal);
        Assert.Contains("blockquote class=\"suggestion\"", Html, StringComparison.Ordinal);
    }

    private static string Render()
    {
        var writer = new StringWriter();
        AuditHtmlWriter.Write(writer, HostileReport.Build());
        return writer.ToString();
    }
}
