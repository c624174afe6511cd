using System.Text.RegularExpressions;
using OutreachLint.Core;

namespace OutreachLint.Reporting.Tests;

public sealed partial class TextReportWriterTests
{
    [GeneratedRegex(@"^(.+):(\d+):(\d+): (info|warning|error) (OL\d{3}) ([a-z-]+): .+$")]
    private static partial Regex CompilerLine();

    [Fact]
    public void Write_WhenResultsHaveFindings_EveryHeadLineParsesAsCompilerStyle()
    {
        var results = new[] { SampleResults.Pitch(), SampleResults.Clean(), SampleResults.LongOnly() };
        var (output, _) = Write(results);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var heads = lines.Where(l => !l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        var summary = heads[^1];
        heads.RemoveAt(heads.Count - 1);

        var expected = results.SelectMany(r => r.Findings.Select(f => (r.Document.Source, f))).ToList();
        Assert.Equal(expected.Count, heads.Count);
        for (var i = 0; i < heads.Count; i++)
        {
            var match = CompilerLine().Match(heads[i]);
            Assert.True(match.Success, $"not compiler style: {heads[i]}");
            var (source, finding) = expected[i];
            Assert.Equal(source, match.Groups[1].Value);
            Assert.Equal(finding.Position.Line.ToString(), match.Groups[2].Value);
            Assert.Equal(finding.Position.Column.ToString(), match.Groups[3].Value);
            Assert.Equal(finding.Severity.ToString().ToLowerInvariant(), match.Groups[4].Value);
            Assert.Equal(finding.Rule.Id, match.Groups[5].Value);
            Assert.Equal(finding.Rule.Name, match.Groups[6].Value);
        }

        Assert.Equal("3 message(s) checked, 1 flagged, 6 finding(s), 0 could not be read", summary);
    }

    [Fact]
    public void Write_WhenFindingHasSuggestion_IndentedSentenceAndSuggestionFollowTheHeadLine()
    {
        var pitch = SampleResults.Pitch();
        var (output, _) = Write([pitch]);

        var lines = output.Split('\n');
        var first = pitch.Findings[0];
        var head = Array.IndexOf(lines, TextReportWriter.HeadLine(pitch.Document.Source, first));
        Assert.True(head >= 0);
        Assert.Equal($"    > {first.Text}", lines[head + 1]);
        Assert.Equal($"    suggestion: {first.Suggestion!.Replacement}", lines[head + 2]);
    }

    [Fact]
    public void Write_WhenFindingTextSpansLines_QuotedSentenceStaysOnOneLine()
    {
        var text = "Hi Dana,\nWe'd like to partner\nwith you on Q3.";
        var span = new TextSpan(9, text.Length - 9);
        var finding = new Finding
        {
            Rule = RuleCatalog.DisguisedSelling, Severity = Severity.Warning, Confidence = 0.9f, Span = span,
            Position = new LineMap(text).PositionOf(9), Text = text[9..], Message = "Pitch dressed as partnership.",
        };
        var (output, _) = Write([new LintResult(SampleResults.Document("a.txt", text), [finding], 70)]);

        Assert.Contains("    > We'd like to partner with you on Q3.\n", output, StringComparison.Ordinal);
        Assert.Matches(CompilerLine(), output.Split('\n')[0]);
    }

    [Fact]
    public void Write_WhenSourceIsImapUrl_HeadLineStillParsesWithTheWholeSource()
    {
        var clean = SampleResults.Clean();
        var finding = SampleResults.LongOnly().Findings[0];
        var (output, _) = Write([clean with { Findings = [finding] }]);

        var match = CompilerLine().Match(output.Split('\n')[0]);
        Assert.True(match.Success);
        Assert.Equal(SampleResults.ImapSource, match.Groups[1].Value);
        Assert.Equal("OL104", match.Groups[5].Value);
    }

    [Fact]
    public void Write_WhenMessageCouldNotBeRead_WritesOneErrorLineToTheErrorWriterOnly()
    {
        var (output, errors) = Write([SampleResults.Unreadable(), SampleResults.Pitch()]);

        Assert.Equal(["outreachlint: error: drafts/missing.eml: no such file"], errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("missing.eml", output, StringComparison.Ordinal);
        Assert.EndsWith("2 message(s) checked, 1 flagged, 5 finding(s), 1 could not be read\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WhenNothingFound_WritesOnlyTheSummaryLine()
    {
        var (output, errors) = Write([SampleResults.Clean()]);

        Assert.Equal("1 message(s) checked, 0 flagged, 0 finding(s), 0 could not be read\n", output);
        Assert.Empty(errors);
    }

    private static (string Output, string Errors) Write(IReadOnlyList<LintResult> results)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        TextReportWriter.Write(output, errors, results);
        return (output.ToString(), errors.ToString());
    }
}
