using System.Text.Json;
using OutreachLint.Core;

namespace OutreachLint.Reporting.Tests;

public sealed class SarifReportWriterTests
{
    [Fact]
    public void Write_WhenResultsAreMixed_ValidatesAgainstTheSarif210Schema()
    {
        using var sarif = Write(SampleResults.Mixed());

        Assert.Empty(SarifSchema.Errors(sarif.RootElement));
    }

    [Fact]
    public void Write_WhenNoResults_ValidatesAgainstTheSarif210Schema()
    {
        using var sarif = Write([]);

        Assert.Empty(SarifSchema.Errors(sarif.RootElement));
        Assert.Equal(0, Run(sarif).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void SchemaCheck_WhenLogBreaksTheSchema_ReportsErrors()
    {
        using var broken = JsonDocument.Parse("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": { } }, "results": [ { "level": "loud" } ] } ] }""");

        Assert.NotEmpty(SarifSchema.Errors(broken.RootElement));
    }

    [Fact]
    public void Write_WhenResultsHaveFindings_OneResultPerFindingWithMatchingRuleIndex()
    {
        var results = SampleResults.Mixed();
        using var sarif = Write(results);

        var run = Run(sarif);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var sarifResults = run.GetProperty("results").EnumerateArray().ToList();
        var findings = results.SelectMany(r => r.Findings).ToList();
        Assert.Equal(findings.Count, sarifResults.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            var result = sarifResults[i];
            Assert.Equal(findings[i].Rule.Id, result.GetProperty("ruleId").GetString());
            Assert.Equal(findings[i].Rule.Id, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(findings[i].Message, result.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(findings[i].Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" },
                result.GetProperty("level").GetString());
        }
    }

    [Fact]
    public void Write_WhenSentenceFinding_RegionSelectsExactlyTheFlaggedText()
    {
        var pitch = SampleResults.Pitch();
        using var sarif = Write([pitch]);

        var lines = pitch.Document.AuthorText.Split('\n');
        var results = Run(sarif).GetProperty("results").EnumerateArray().ToList();
        for (var i = 0; i < pitch.Findings.Count; i++)
        {
            if (!pitch.Findings[i].Rule.IsSentenceRule)
            {
                continue;
            }

            var region = results[i].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal(pitch.Findings[i].Text, Slice(lines, region));
            Assert.Equal(pitch.Findings[i].Text, region.GetProperty("snippet").GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Write_WhenFindingHasSuggestion_FixReplacesTheRegionWithTheSuggestion()
    {
        var pitch = SampleResults.Pitch();
        using var sarif = Write([pitch]);

        var results = Run(sarif).GetProperty("results").EnumerateArray().ToList();
        var withFix = pitch.Findings.Select((f, i) => (f, r: results[i])).Where(x => x.f.Suggestion is not null).ToList();
        Assert.Equal(2, withFix.Count);
        foreach (var (finding, result) in withFix)
        {
            var change = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
            var replacement = change.GetProperty("replacements")[0];
            Assert.Equal(finding.Suggestion!.Replacement, replacement.GetProperty("insertedContent").GetProperty("text").GetString());
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            var deleted = replacement.GetProperty("deletedRegion");
            foreach (var field in new[] { "startLine", "startColumn", "endLine", "endColumn" })
            {
                Assert.Equal(region.GetProperty(field).GetInt32(), deleted.GetProperty(field).GetInt32());
            }

            Assert.Equal("drafts/q3%20pitch.eml", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        }

        Assert.All(pitch.Findings.Select((f, i) => (f, r: results[i])).Where(x => x.f.Suggestion is null),
            x => Assert.False(x.r.TryGetProperty("fixes", out _)));
    }

    [Fact]
    public void Write_WhenMessageCouldNotBeRead_ReportsAToolExecutionNotification()
    {
        using var sarif = Write([SampleResults.Unreadable(), SampleResults.Clean()]);

        Assert.Empty(SarifSchema.Errors(sarif.RootElement));
        var invocation = Run(sarif).GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Equal("drafts/missing.eml: no such file", notification.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Write_WhenSourceIsImapUrl_ArtifactUriIsTheUrl()
    {
        var clean = SampleResults.Clean();
        using var sarif = Write([clean with { Findings = SampleResults.LongOnly().Findings }]);

        var uri = Run(sarif).GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation")
            .GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal(SampleResults.ImapSource, uri);
        Assert.Empty(SarifSchema.Errors(sarif.RootElement));
    }

    [Fact]
    public void Write_WhenValidatedByTheSarifMultitool_ReportsNoErrorsOrWarnings()
    {
        AssertMultitoolAccepts(SampleResults.Mixed());
    }

    [Theory]
    [InlineData("/home/rep/drafts/q3 pitch.txt", "file:///home/rep/drafts/q3%20pitch.txt")]
    [InlineData("outbox/sent.mbox#12", "outbox/sent.mbox%2312")]
    [InlineData("-", "-")]
    public void Write_WhenSourceIsAPathOrStdin_ArtifactUriIsAValidReference(string source, string expected)
    {
        var pitch = SampleResults.Pitch();
        using var sarif = Write([pitch with { Document = pitch.Document with { Source = source } }]);

        var uri = Run(sarif).GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation")
            .GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal(expected, uri);
        Assert.Empty(SarifSchema.Errors(sarif.RootElement));
    }

    [Fact]
    public void Write_WhenSourcesAreAbsolutePathsAndValidatedByTheSarifMultitool_ReportsNoErrorsOrWarnings()
    {
        var pitch = SampleResults.Pitch();
        var results = new[]
        {
            pitch with { Document = pitch.Document with { Source = "/home/rep/drafts/q3 pitch.txt" } },
            pitch with { Document = pitch.Document with { Source = "-" } },
        };

        AssertMultitoolAccepts(results);
    }

    [Fact]
    public void SarifMultitool_WhenLogLacksDriverVersion_ReportsTheProblem()
    {
        var folder = Directory.CreateTempSubdirectory("outreachlint-sarif-");
        try
        {
            var file = Path.Combine(folder.FullName, "bad.sarif");
            File.WriteAllText(file, """{ "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "x" } }, "results": [] } ] }""");

            var (_, output, log) = SarifMultitool.Validate(file);

            Assert.Contains("SARIF2005", log + output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AssertMultitoolAccepts(IReadOnlyList<LintResult> results)
    {
        var folder = Directory.CreateTempSubdirectory("outreachlint-sarif-");
        try
        {
            var file = Path.Combine(folder.FullName, "check.sarif");
            using (var stream = File.Create(file))
            {
                SarifReportWriter.Write(stream, results, "1.2.3");
            }

            var (exitCode, output, log) = SarifMultitool.Validate(file);

            Assert.True(exitCode == 0, $"Sarif.Multitool validate exited {exitCode}:\n{output}");
            using var validation = JsonDocument.Parse(log);
            var problems = Run(validation).GetProperty("results").EnumerateArray()
                .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
                .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message")}")
                .ToList();
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static JsonElement Run(JsonDocument sarif) => sarif.RootElement.GetProperty("runs")[0];

    private static string Slice(string[] lines, JsonElement region)
    {
        int Get(string name) => region.GetProperty(name).GetInt32();
        var (startLine, startColumn, endLine, endColumn) = (Get("startLine"), Get("startColumn"), Get("endLine"), Get("endColumn"));
        if (startLine == endLine)
        {
            return lines[startLine - 1][(startColumn - 1)..(endColumn - 1)];
        }

        var middle = lines[startLine..(endLine - 1)];
        return string.Join('\n', [lines[startLine - 1][(startColumn - 1)..], .. middle, lines[endLine - 1][..(endColumn - 1)]]);
    }

    private static JsonDocument Write(IReadOnlyList<LintResult> results)
    {
        using var stream = new MemoryStream();
        SarifReportWriter.Write(stream, results, "1.2.3");
        return JsonDocument.Parse(stream.ToArray());
    }
}
