using System.Text.Json;

namespace OutreachLint.Cli.Tests;

/// <summary>The README's first command, <c>check examples/</c>, does what the README says it does.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task CheckExamples_FlagsOnlyThePartnershipPitch_WithARewriteForEachSentenceFinding()
    {
        // Without a chat model configured, as on a fresh machine: the built-in rewriter writes every suggestion.
        var run = await CliRunner.Built.RunAsync(TestPaths.Root, ["check", "examples/", "--format", "json"], environment: new Dictionary<string, string?> { ["OUTREACHLINT_LLM_API_KEY"] = null });

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(3, messages.Count);
        var flagged = Assert.Single(messages, m => m.GetProperty("flagged").GetBoolean());
        Assert.EndsWith("partner-pitch.eml", flagged.GetProperty("source").GetString(), StringComparison.Ordinal);
        var sentenceFindings = flagged.GetProperty("findings").EnumerateArray().Where(f => string.CompareOrdinal(f.GetProperty("id").GetString(), "OL100") < 0).ToList();
        Assert.Equal(["OL001", "OL002", "OL003"], sentenceFindings.Select(f => f.GetProperty("id").GetString()).Order());
        Assert.All(sentenceFindings, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("suggestion").GetString()), f.GetProperty("text").GetString()));
    }
}
