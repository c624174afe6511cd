using MimeKit;
using OutreachLint.Audit.Tests.Harness;

namespace OutreachLint.Audit.Tests;

public sealed class AuditEmailReportTests(TeamAuditFixture team) : IClassFixture<TeamAuditFixture>
{
    [Fact]
    public async Task EmailReport_SendsTheHtmlReportThroughARealSmtpServer_WithThePasswordFromTheEnvironment()
    {
        using var smtp = new LoopbackSmtpServer("manager@acme.com", "s3cret-from-env");
        var result = await Cli.RunAsync(team.Folder, new Dictionary<string, string> { ["OUTREACHLINT_SMTP_PASSWORD"] = "s3cret-from-env" },
            "audit", team.Mail, "--config", team.ConfigPath, "--model", Cli.Model, "--history", Path.Combine(team.Folder, "mail.db"),
            "--email-report", "sales-lead@acme.com", "--smtp-host", "127.0.0.1", "--smtp-port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--smtp-security", "none", "--smtp-user", "manager@acme.com");

        Assert.True(result.ExitCode == 0, result.ToString());
        var message = Assert.Single(smtp.Received);
        Assert.Equal("sales-lead@acme.com", message.To.Mailboxes.Single().Address);
        Assert.Equal("manager@acme.com", message.From.Mailboxes.Single().Address);
        Assert.StartsWith("Outreach audit", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart", message.HtmlBody, StringComparison.Ordinal);
        Assert.Single(message.Attachments.OfType<MimePart>(), a => a.FileName == "outreach-audit.html");
        Assert.Equal([("manager@acme.com", "s3cret-from-env")], smtp.Logins);
    }

    [Fact]
    public async Task EmailReport_WhenTheServerRefusesTheLogin_SaysSoAndExits3()
    {
        using var smtp = new LoopbackSmtpServer("manager@acme.com", "right");
        var result = await Cli.RunAsync(team.Folder, new Dictionary<string, string> { ["OUTREACHLINT_SMTP_PASSWORD"] = "wrong" },
            "audit", team.Mail, "--config", team.ConfigPath, "--model", Cli.Model, "--history", Path.Combine(team.Folder, "mail-refused.db"),
            "--email-report", "lead@acme.com", "--smtp-host", "127.0.0.1", "--smtp-port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--smtp-security", "none", "--smtp-user", "manager@acme.com");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--email-report: could not send", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(smtp.Received);
    }
}
