namespace OutreachLint.Cli.Tests;

/// <summary>The contract's publish path: <c>DIR/outreachlint</c> runs and finds its shipped model with no set-up.</summary>
public sealed class PublishedCliTests(PublishedCliFixture published) : IClassFixture<PublishedCliFixture>
{
    private static readonly Dictionary<string, string?> NoModelSetting = new() { ["OUTREACHLINT_MODEL"] = null };

    [Fact]
    public void Publish_WhenDone_ShipsTheModelAndItsMetricsBesideTheBinary()
    {
        Assert.True(File.Exists(Path.Combine(published.Directory, "models", "outreachlint-model.zip")),
            "the published folder lacks models/outreachlint-model.zip (is models/ committed?)");
        Assert.True(File.Exists(Path.Combine(published.Directory, "models", "metrics.json")),
            "the published folder lacks models/metrics.json, whose thresholds the classifier needs");
    }

    [Fact]
    public async Task Published_WhenCheckingADraftWithNoModelSetting_FindsTheShippedModelAndReports()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await new CliRunner(published.Executable).RunAsync(work.Path, ["check", draft, "--format", "json"], environment: NoModelSetting);

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        Assert.Equal(3, Report.SentenceFindings(Report.Messages(json)[0]).Length);
    }

    [Fact]
    public async Task Published_WhenReadingStdinAndAMissingFile_ReportsStdinAndExits3()
    {
        using var work = new Workspace();

        var run = await new CliRunner(published.Executable).RunAsync(work.Path, ["check", "-", "absent.eml"],
            File.ReadAllBytes(TestPaths.Data("pitch.eml")), NoModelSetting);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Matches(@"-:3:1: (error|warning) OL001 disguised-selling: ", run.Stdout);
        Assert.Contains("absent.eml", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Published_WhenFormatSarif_WritesSarif210()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await new CliRunner(published.Executable).RunAsync(work.Path, ["check", draft, "--format", "sarif"], environment: NoModelSetting);

        Assert.True(run.ExitCode == 1, run.ToString());
        using var sarif = run.Json();
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal("OutreachLint", sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
    }
}
