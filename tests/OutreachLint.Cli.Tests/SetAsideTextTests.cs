namespace OutreachLint.Cli.Tests;

/// <summary>Quoted, forwarded and signature text is never judged: the same pitch is reported only as the author's own words.</summary>
public sealed class SetAsideTextTests
{
    private static readonly string[] PitchSentences =
    [
        "We'd love to explore a strategic partnership",
        "Could you spare 30 minutes this week",
        "Our award-winning platform is trusted",
    ];

    [Theory]
    [InlineData("reply-quoting-pitch.eml")]
    [InlineData("forward-of-pitch.eml")]
    [InlineData("signature-pitch.txt")]
    public async Task Check_WhenPitchIsOnlyQuotedForwardedOrInSignature_NothingFromItIsReported(string sample)
    {
        using var work = new Workspace();
        var file = work.Copy(sample);
        var asAuthor = work.Copy("pitch.eml");

        var run = await work.RunAsync("check", file, asAuthor, "--format", "json");

        using var json = run.Json();
        var pitch = Report.Message(json, "pitch.eml");
        Assert.Equal(3, Report.SentenceFindings(pitch).Length); // the same sentences as the author's own text are reported
        var message = Report.Message(json, sample);
        Assert.Empty(Report.SentenceFindings(message));
        Assert.All(Report.Findings(message), f =>
            Assert.DoesNotContain(PitchSentences, s => f.GetProperty("text").GetString()!.Contains(s, StringComparison.Ordinal)));
        Assert.Equal(1, Report.Summary(json, "flagged"));
    }

    [Fact]
    public async Task Extract_WhenReplyQuotesAPitch_ShowsTheQuoteAsSetAside()
    {
        using var work = new Workspace();
        var file = work.Copy("reply-quoting-pitch.eml");

        var run = await work.RunAsync("extract", file, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = run.Json();
        var message = Report.Messages(json)[0];
        Assert.DoesNotContain("partnership", message.GetProperty("authorText").GetString(), StringComparison.Ordinal);
        var quote = Assert.Single(message.GetProperty("setAside").EnumerateArray(), p => p.GetProperty("kind").GetString() == "quote");
        Assert.Contains("strategic partnership", quote.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
