using System.Text.Json;
using OutreachLint.Core;

namespace OutreachLint.Reporting.Tests;

public sealed class JsonReportWriterTests
{
    private static readonly string[] MessageFields = ["source", "subject", "from", "date", "error", "score", "findings"];
    private static readonly string[] FindingFields = ["id", "rule", "severity", "confidence", "line", "column", "text", "message", "suggestion"];
    private static readonly string[] SummaryFields = ["messages", "flagged", "findings", "errors"];

    [Fact]
    public void Write_WhenResultHasFindings_EmitsEveryContractField()
    {
        using var json = Write(SampleResults.Mixed());

        var messages = json.RootElement.GetProperty("messages");
        Assert.Equal(4, messages.GetArrayLength());
        foreach (var message in messages.EnumerateArray())
        {
            Assert.All(MessageFields, field => Assert.True(message.TryGetProperty(field, out _), $"message lacks \"{field}\""));
            foreach (var finding in message.GetProperty("findings").EnumerateArray())
            {
                Assert.All(FindingFields, field => Assert.True(finding.TryGetProperty(field, out _), $"finding lacks \"{field}\""));
            }
        }

        var summary = json.RootElement.GetProperty("summary");
        Assert.All(SummaryFields, field => Assert.Equal(JsonValueKind.Number, summary.GetProperty(field).ValueKind));
    }

    [Fact]
    public void Write_WhenResultHasFindings_ValuesMatchTheFindings()
    {
        var result = SampleResults.Pitch();
        using var json = Write([result]);

        var message = json.RootElement.GetProperty("messages")[0];
        Assert.Equal(SampleResults.PitchSource, message.GetProperty("source").GetString());
        Assert.Equal("Q3 rollout", message.GetProperty("subject").GetString());
        Assert.Equal("Sam Seller <sam@vendor.example>", message.GetProperty("from").GetString());
        Assert.Equal("2026-11-20T09:14:00+00:00", message.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, message.GetProperty("error").ValueKind);
        Assert.Equal(38, message.GetProperty("score").GetInt32());

        var findings = message.GetProperty("findings");
        Assert.Equal(result.Findings.Count, findings.GetArrayLength());
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var expected = result.Findings[i];
            var actual = findings[i];
            Assert.Equal(expected.Rule.Id, actual.GetProperty("id").GetString());
            Assert.Equal(expected.Rule.Name, actual.GetProperty("rule").GetString());
            Assert.Equal(expected.Severity.ToString().ToLowerInvariant(), actual.GetProperty("severity").GetString());
            Assert.Equal(expected.Confidence, actual.GetProperty("confidence").GetDouble(), 3);
            Assert.Equal(expected.Position.Line, actual.GetProperty("line").GetInt32());
            Assert.Equal(expected.Position.Column, actual.GetProperty("column").GetInt32());
            Assert.Equal(expected.Text, actual.GetProperty("text").GetString());
            Assert.Equal(expected.Message, actual.GetProperty("message").GetString());
            Assert.Equal(expected.Suggestion?.Replacement, actual.GetProperty("suggestion").GetString());
            Assert.Equal(expected.Suggestion?.Origin, actual.GetProperty("suggestionOrigin").GetString());
        }
    }

    [Fact]
    public void Write_WhenSentenceFinding_LineAndColumnPointAtTextInAuthorText()
    {
        var result = SampleResults.Pitch();
        using var json = Write([result]);

        var lines = result.Document.AuthorText.Split('\n');
        foreach (var finding in json.RootElement.GetProperty("messages")[0].GetProperty("findings").EnumerateArray()
                     .Where(f => f.GetProperty("id").GetString() is "OL001" or "OL002" or "OL003" or "OL110"))
        {
            var line = lines[finding.GetProperty("line").GetInt32() - 1];
            var text = finding.GetProperty("text").GetString()!;
            Assert.Equal(text, line.Substring(finding.GetProperty("column").GetInt32() - 1, text.Length));
        }
    }

    [Fact]
    public void Write_WhenTextHasNonAsciiCharacters_RoundTripsThemExactly()
    {
        var pitch = SampleResults.Pitch();
        using var stream = new MemoryStream();
        JsonReportWriter.Write(stream, [pitch]);

        var raw = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("“industry leader”", raw, StringComparison.Ordinal); // readable, not \u-escaped
        Assert.Contains("We'd like to partner", raw, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(pitch.Findings[2].Text, json.RootElement.GetProperty("messages")[0].GetProperty("findings")[2].GetProperty("text").GetString());
    }

    [Fact]
    public void Write_WhenMessageCouldNotBeRead_SetsErrorAndNoFindings()
    {
        using var json = Write([SampleResults.Unreadable()]);

        var message = json.RootElement.GetProperty("messages")[0];
        Assert.Equal("drafts/missing.eml", message.GetProperty("source").GetString());
        Assert.Equal("drafts/missing.eml: no such file", message.GetProperty("error").GetString());
        Assert.Equal(0, message.GetProperty("findings").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, message.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, message.GetProperty("date").ValueKind);
    }

    [Fact]
    public void Write_WhenResultsAreMixed_SummaryCountsOnlySentenceFindingsAsFlagged()
    {
        var results = SampleResults.Mixed();
        using var json = Write(results);

        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("messages").GetInt32());
        Assert.Equal(1, summary.GetProperty("flagged").GetInt32()); // the long-only message has a finding but is not flagged
        Assert.Equal(results.Sum(r => r.Findings.Count), summary.GetProperty("findings").GetInt32());
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Write_WhenNoResults_WritesEmptyMessagesAndZeroSummary()
    {
        using var json = Write([]);

        Assert.Equal(0, json.RootElement.GetProperty("messages").GetArrayLength());
        Assert.All(SummaryFields, field => Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty(field).GetInt32()));
    }

    [Fact]
    public void Write_WhenOutputIsNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => JsonReportWriter.Write(null!, []));
    }

    private static JsonDocument Write(IReadOnlyList<LintResult> results)
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(stream, results);
        return JsonDocument.Parse(stream.ToArray());
    }
}
