namespace OutreachLint.Cli.Tests;

/// <summary><c>check</c> on each kind of input the contract names: files by content, directories, mbox and stdin.</summary>
public sealed class CheckInputTests
{
    private static readonly string[] PitchSentences =
    [
        "We'd love to explore a strategic partnership with Northwind on your Q3 rollout.",
        "Could you spare 30 minutes this week for a quick call?",
        "Our award-winning platform is trusted by over 500 companies.",
    ];

    [Fact]
    public async Task Check_WhenPlainTextDraftHasPitch_ReportsEachPitchSentenceWhereItStands()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", draft, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        var message = Assert.Single(Report.Messages(json));
        Assert.Equal("pitch-draft.txt", message.GetProperty("source").GetString());
        Assert.True(message.GetProperty("error").ValueKind == System.Text.Json.JsonValueKind.Null);
        var findings = Report.SentenceFindings(message);
        Assert.Equal(PitchSentences, findings.Select(f => f.GetProperty("text").GetString()));
        Assert.Equal(["OL001", "OL002", "OL003"], findings.Select(f => f.GetProperty("id").GetString()));
        var lines = File.ReadAllLines(work.Full(draft));
        foreach (var finding in findings)
        {
            var text = finding.GetProperty("text").GetString()!;
            var line = lines[finding.GetProperty("line").GetInt32() - 1];
            Assert.Equal(text, line.Substring(finding.GetProperty("column").GetInt32() - 1, text.Length));
            var suggestion = finding.GetProperty("suggestion");
            Assert.True(suggestion.ValueKind == System.Text.Json.JsonValueKind.Null || suggestion.GetString()!.Trim().Length > 0);
        }

        Assert.Contains(findings, f => f.GetProperty("suggestion").ValueKind == System.Text.Json.JsonValueKind.String);

        Assert.Equal(1, Report.Summary(json, "flagged"));
    }

    [Fact]
    public async Task Check_WhenEmlFile_ReadsEnvelopeAndReportsAuthorTextFindings()
    {
        using var work = new Workspace();
        var eml = work.Copy("pitch.eml");

        var run = await work.RunAsync("check", eml, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        var message = Assert.Single(Report.Messages(json));
        Assert.Equal("Partnership opportunity", message.GetProperty("subject").GetString());
        Assert.Equal("Sam Seller <sam@vendor.example>", message.GetProperty("from").GetString());
        Assert.Equal("2026-11-03T09:14:00+00:00", message.GetProperty("date").GetString());
        Assert.Equal(PitchSentences, Report.SentenceFindings(message).Select(f => f.GetProperty("text").GetString()));
        Assert.Equal(3, Report.SentenceFindings(message)[0].GetProperty("line").GetInt32()); // author text line, headers excluded
    }

    [Fact]
    public async Task Check_WhenMbox_ReportsEveryMessageWithItsIndex()
    {
        using var work = new Workspace();
        var mbox = work.Copy("three.mbox");

        var run = await work.RunAsync("check", mbox, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        var messages = Report.Messages(json);
        Assert.Equal(["three.mbox#1", "three.mbox#2", "three.mbox#3"], messages.Select(m => m.GetProperty("source").GetString()));
        Assert.Equal(["Partnership opportunity", "Order form", "Re: Partnership opportunity"], messages.Select(m => m.GetProperty("subject").GetString()));
        Assert.NotEmpty(Report.SentenceFindings(messages[0]));
        Assert.Empty(Report.SentenceFindings(messages[1]));
        Assert.Empty(Report.SentenceFindings(messages[2]));
        Assert.Equal(1, Report.Summary(json, "flagged"));
    }

    [Fact]
    public async Task Check_WhenDirectory_WalksEmlFilesRecursivelyAndSkipsOtherFiles()
    {
        using var work = new Workspace();
        work.Copy("outbox/a-pitch.eml");
        work.Copy("outbox/nested/b-clean.eml");
        work.Copy("outbox/notes.txt");

        var run = await work.RunAsync("check", "outbox", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        var sources = Report.Messages(json).Select(m => m.GetProperty("source").GetString()!.Replace('\\', '/')).ToArray();
        Assert.Equal(["outbox/a-pitch.eml", "outbox/nested/b-clean.eml"], sources);
        Assert.NotEmpty(Report.SentenceFindings(Report.Message(json, "outbox/a-pitch.eml")));
        Assert.Empty(Report.SentenceFindings(Report.Message(json, "outbox/nested/b-clean.eml")));
    }

    [Fact]
    public async Task Check_WhenStdinIsRawMime_ReadsItAsAMessage()
    {
        using var work = new Workspace();

        var run = await CliRunner.Built.RunAsync(work.Path, ["check", "-", "--format", "json"], File.ReadAllBytes(TestPaths.Data("pitch.eml")));

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        var message = Assert.Single(Report.Messages(json));
        Assert.Equal("-", message.GetProperty("source").GetString());
        Assert.Equal("Partnership opportunity", message.GetProperty("subject").GetString());
        Assert.Equal(PitchSentences, Report.SentenceFindings(message).Select(f => f.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Check_WhenStdinIsPlainText_ReadsItAsBodyText()
    {
        using var work = new Workspace();

        var run = await CliRunner.Built.RunAsync(work.Path, ["check", "-", "--format", "json"], File.ReadAllBytes(TestPaths.Data("pitch-draft.txt")));

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        var message = Assert.Single(Report.Messages(json));
        Assert.Equal("-", message.GetProperty("source").GetString());
        Assert.Equal("", message.GetProperty("subject").GetString());
        Assert.Equal(PitchSentences, Report.SentenceFindings(message).Select(f => f.GetProperty("text").GetString()));
        Assert.Equal(3, Report.SentenceFindings(message)[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Check_WhenStdinIsCleanText_Exits0WithNoSentenceFindings()
    {
        using var work = new Workspace();

        var run = await CliRunner.Built.RunAsync(work.Path, ["check", "-"], File.ReadAllBytes(TestPaths.Data("clean-draft.txt")));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1 message(s) checked, 0 flagged, 0 finding(s), 0 could not be read", run.Stdout.Trim());
    }

    [Fact]
    public async Task Check_WhenAnInputIsMissing_Exits3WithOneErrorLineAndReportsTheOtherInputs()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", "missing.eml", draft);

        Assert.True(run.ExitCode == 3, run.ToString());
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains("missing.eml", error, StringComparison.Ordinal);
        Assert.StartsWith("outreachlint: error:", error, StringComparison.Ordinal);
        Assert.Matches(@"pitch-draft\.txt:3:1: (error|warning) OL001 disguised-selling:", run.Stdout);
        Assert.Matches(@"^2 message\(s\) checked, 1 flagged, \d+ finding\(s\), 1 could not be read$", run.Stdout.Trim().Split('\n')[^1]);
    }

    [Fact]
    public async Task Check_WhenAnInputIsMissingInJson_MessageHasErrorAndNoFindings()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", draft, "missing.eml", "--format", "json");

        Assert.True(run.ExitCode == 3, run.ToString());
        using var json = run.Json();
        var missing = Report.Message(json, "missing.eml");
        Assert.Contains("missing.eml", missing.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(Report.Findings(missing));
        Assert.NotEmpty(Report.SentenceFindings(Report.Message(json, "pitch-draft.txt")));
        Assert.Equal(1, Report.Summary(json, "errors"));
        Assert.Equal(2, Report.Summary(json, "messages"));
    }
}
