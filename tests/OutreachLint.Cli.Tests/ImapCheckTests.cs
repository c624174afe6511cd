namespace OutreachLint.Cli.Tests;

/// <summary><c>check imaps://…</c> against a real Dovecot: password from the environment, private CA from <c>--ca-file</c>.</summary>
public sealed class ImapCheckTests(ImapCliFixture imap) : IClassFixture<ImapCliFixture>
{
    [Fact]
    public async Task Check_WhenImapsDraftsWithPasswordFromEnvironment_ReportsEachDraft()
    {
        using var work = new Workspace();

        var run = await CliRunner.Built.RunAsync(work.Path,
            ["check", imap.Url("Drafts"), "--ca-file", imap.Server.CaFile, "--format", "json"],
            environment: new Dictionary<string, string?> { [InputOptions.PasswordVariable] = ImapCliFixture.Password });

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        var messages = Report.Messages(json);
        Assert.Equal(2, messages.Length);
        Assert.All(messages, m => Assert.StartsWith($"{imap.Url("Drafts")};UID=", m.GetProperty("source").GetString(), StringComparison.Ordinal));
        var pitch = Assert.Single(messages, m => m.GetProperty("subject").GetString() == ImapCliFixture.PitchSubject);
        Assert.Equal(3, Report.SentenceFindings(pitch).Length);
        Assert.Empty(Report.SentenceFindings(Assert.Single(messages, m => m.GetProperty("subject").GetString() == "Order form")));
        Assert.DoesNotContain(ImapCliFixture.Password, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenImapPasswordIsWrong_Exits3WithOneLineNamingAccountAndServerWithoutTheSecret()
    {
        using var work = new Workspace();
        const string wrong = "not-the-Password-42";

        var run = await CliRunner.Built.RunAsync(work.Path,
            ["check", imap.Url("Drafts"), "--ca-file", imap.Server.CaFile],
            environment: new Dictionary<string, string?> { [InputOptions.PasswordVariable] = wrong });

        Assert.True(run.ExitCode == 3, run.ToString());
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains(ImapCliFixture.User, error, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", error, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(ImapCliFixture.Password, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenServerCertificateIsNotTrusted_Exits3AndReadsNothing()
    {
        using var work = new Workspace();

        var run = await CliRunner.Built.RunAsync(work.Path,
            ["check", imap.Url("Drafts"), "--format", "json"],
            environment: new Dictionary<string, string?> { [InputOptions.PasswordVariable] = ImapCliFixture.Password });

        Assert.True(run.ExitCode == 3, run.ToString());
        using var json = run.Json();
        var message = Assert.Single(Report.Messages(json));
        Assert.Contains("127.0.0.1", message.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, Report.Summary(json, "flagged"));
    }
}
