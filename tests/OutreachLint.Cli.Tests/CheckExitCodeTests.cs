namespace OutreachLint.Cli.Tests;

/// <summary>The contract's exit codes and <c>--fail-on</c>.</summary>
public sealed class CheckExitCodeTests
{
    [Fact]
    public async Task Check_WhenDraftIsClean_Exits0()
    {
        using var work = new Workspace();
        var draft = work.Copy("clean-draft.txt");

        var run = await work.RunAsync("check", draft);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Check_WhenWarningsAndDefaultFailOn_Exits1()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", draft);

        Assert.True(run.ExitCode == 1, run.ToString());
    }

    [Fact]
    public async Task Check_WhenFailOnNever_Exits0DespiteFindings()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", draft, "--fail-on", "never", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = run.Json();
        Assert.Equal(1, Report.Summary(json, "flagged"));
    }

    [Fact]
    public async Task Check_WhenFailOnErrorAndOnlyWarnings_Exits0()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        work.Write(".outreachlint.json", """{ "rules": { "OL001": "warning", "OL002": "warning", "OL003": "warning" } }""");

        var run = await work.RunAsync("check", draft, "--fail-on", "error", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = run.Json();
        var severities = Report.Findings(Report.Messages(json)[0]).Select(f => f.GetProperty("severity").GetString()).ToArray();
        Assert.Contains("warning", severities);
        Assert.DoesNotContain("error", severities);
    }

    [Fact]
    public async Task Check_WhenNoSeverityIsConfigured_EachSentenceFindingsSeverityFollowsItsConfidence()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", draft, "--format", "json");

        using var json = run.Json();
        var findings = Report.SentenceFindings(Report.Messages(json)[0]);
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            var confidence = f.GetProperty("confidence").GetDouble();
            var expected = confidence >= 0.9 ? "error" : confidence >= 0.7 ? "warning" : "info";
            Assert.Equal(expected, f.GetProperty("severity").GetString());
        });
    }

    [Fact]
    public async Task Check_WhenFailOnErrorAndARuleIsConfiguredAsError_Exits1()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        work.Write(".outreachlint.json", """{ "rules": { "favor-ask": "error" } }""");

        var run = await work.RunAsync("check", draft, "--fail-on", "error");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(": error OL002 favor-ask: ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenFailOnNeverButAnInputIsMissing_Exits3()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", draft, "gone.txt", "--fail-on", "never");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("gone.txt", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "pitch-draft.txt", "--fail-on", "sometimes")]
    [InlineData("check", "pitch-draft.txt", "--no-such-option")]
    [InlineData("check", "pitch-draft.txt", "--format")]
    [InlineData("frobnicate", "pitch-draft.txt")]
    [InlineData("check", "imaps://rep@/Drafts")]
    public async Task Check_WhenUsageIsWrong_Exits2AndChecksNothing(params string[] args)
    {
        using var work = new Workspace();
        work.Copy("pitch-draft.txt");

        var run = await work.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.NotEmpty(run.ErrorLines);
        Assert.All(run.ErrorLines, line => Assert.StartsWith("outreachlint: ", line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenPasswordFileIsMissing_Exits2WithOneLine()
    {
        using var work = new Workspace();

        var run = await work.RunAsync("check", "imaps://rep@127.0.0.1:1/Drafts", "--password-file", "nope.txt");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("nope.txt", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenModelIsMissing_Exits2WithOneLine()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", draft, "--model", "no-such-model.zip");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no-such-model.zip", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
