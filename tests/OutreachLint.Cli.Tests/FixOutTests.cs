using System.Security.Cryptography;
using System.Text.Json;

namespace OutreachLint.Cli.Tests;

/// <summary><c>--fix-out DIR</c>: a revised copy beside, never over, the input.</summary>
public sealed class FixOutTests
{
    [Fact]
    public async Task Check_WhenFixOutGiven_WritesRevisedCopyWithSuggestionsAndLeavesInputUnchanged()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        var before = SHA256.HashData(File.ReadAllBytes(work.Full(draft)));
        var stamp = File.GetLastWriteTimeUtc(work.Full(draft));

        var run = await work.RunAsync("check", draft, "--fix-out", "revised", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(work.Full(draft))));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(work.Full(draft)));
        var revisedPath = Assert.Single(Directory.GetFiles(work.Full("revised")));
        Assert.Equal("pitch-draft.txt.revised.txt", Path.GetFileName(revisedPath));
        var revised = File.ReadAllText(revisedPath);
        using var json = run.Json();
        var findings = Report.SentenceFindings(Report.Messages(json)[0]);
        Assert.Contains(findings, f => f.GetProperty("suggestion").ValueKind == JsonValueKind.String);
        foreach (var finding in findings)
        {
            var text = finding.GetProperty("text").GetString()!;
            if (finding.GetProperty("suggestion").GetString() is { } suggestion)
            {
                Assert.DoesNotContain(text, revised, StringComparison.Ordinal);
                Assert.Contains(suggestion, revised, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(text, revised, StringComparison.Ordinal); // no suggestion, so the sentence stays as written
            }
        }

        Assert.StartsWith("Hi Dana,\n", revised, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenRevisedCopyIsCheckedAgain_NoSuggestedSentenceIsFlagged()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        var first = await work.RunAsync("check", draft, "--fix-out", "revised", "--format", "json");

        var recheck = await work.RunAsync("check", "revised/pitch-draft.txt.revised.txt", "--format", "json");

        using var firstJson = first.Json();
        using var json = recheck.Json();
        var suggestions = Report.SentenceFindings(Report.Messages(firstJson)[0])
            .Select(f => f.GetProperty("suggestion").GetString()).OfType<string>().ToArray();
        Assert.NotEmpty(suggestions);
        var flagged = Report.SentenceFindings(Report.Messages(json)[0]).Select(f => f.GetProperty("text").GetString()!).ToArray();
        Assert.All(suggestions, suggestion => Assert.DoesNotContain(suggestion, flagged));
    }

    [Fact]
    public async Task Check_WhenFixOutGivenForEmlAndCleanDraft_OnlyTheFlaggedMessageGetsACopy()
    {
        using var work = new Workspace();
        var eml = work.Copy("pitch.eml");
        var clean = work.Copy("clean-draft.txt");
        var before = File.ReadAllBytes(work.Full(eml));

        var run = await work.RunAsync("check", eml, clean, "--fix-out", "out");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(before, File.ReadAllBytes(work.Full(eml)));
        Assert.Equal(["pitch.eml.revised.txt"], Directory.GetFiles(work.Full("out")).Select(Path.GetFileName));
    }
}
