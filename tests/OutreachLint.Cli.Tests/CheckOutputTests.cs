using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace OutreachLint.Cli.Tests;

/// <summary><c>--format text|json|sarif</c> and colour, on the built CLI.</summary>
public sealed partial class CheckOutputTests
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json")));

    [GeneratedRegex(@"^(.+):(\d+):(\d+): (info|warning|error) (OL\d{3}) ([a-z-]+): .+$")]
    private static partial Regex CompilerLine();

    /// <summary>An ANSI "select graphic rendition" (colour, bold, underline) sequence.</summary>
    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex SgrSequence();

    [Fact]
    public async Task Check_WhenFormatText_EveryHeadLineIsCompilerStyleAndMatchesTheJson()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        var mbox = work.Copy("three.mbox");

        var text = await work.RunAsync("check", draft, mbox, "--format", "text");
        var jsonRun = await work.RunAsync("check", draft, mbox, "--format", "json");

        Assert.True(text.ExitCode == 1, text.ToString());
        var lines = text.Stdout.TrimEnd('\n').Split('\n');
        var heads = lines[..^1].Where(l => !l.StartsWith("    ", StringComparison.Ordinal)).ToArray();
        using var json = jsonRun.Json();
        var expected = Report.Messages(json)
            .SelectMany(m => Report.Findings(m).Select(f => (Source: m.GetProperty("source").GetString(), Finding: f)))
            .ToArray();
        Assert.Equal(expected.Length, heads.Length);
        for (var i = 0; i < heads.Length; i++)
        {
            var match = CompilerLine().Match(heads[i]);
            Assert.True(match.Success, $"not compiler style: {heads[i]}");
            Assert.Equal(expected[i].Source, match.Groups[1].Value);
            Assert.Equal(expected[i].Finding.GetProperty("line").GetInt32().ToString(), match.Groups[2].Value);
            Assert.Equal(expected[i].Finding.GetProperty("column").GetInt32().ToString(), match.Groups[3].Value);
            Assert.Equal(expected[i].Finding.GetProperty("severity").GetString(), match.Groups[4].Value);
            Assert.Equal(expected[i].Finding.GetProperty("id").GetString(), match.Groups[5].Value);
            Assert.Equal(expected[i].Finding.GetProperty("rule").GetString(), match.Groups[6].Value);
        }

        Assert.Contains("    suggestion: ", text.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"^4 message\(s\) checked, 2 flagged, \d+ finding\(s\), 0 could not be read$", lines[^1]);
        Assert.DoesNotMatch(SgrSequence(), text.Stdout);
    }

    [Fact]
    public async Task Check_WhenFormatJson_EveryContractFieldIsPresent()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", draft, "missing.eml", "--format", "json");

        Assert.True(run.ExitCode == 3, run.ToString());
        using var json = run.Json();
        foreach (var message in Report.Messages(json))
        {
            foreach (var field in new[] { "source", "subject", "from", "date", "error", "score", "findings" })
            {
                Assert.True(message.TryGetProperty(field, out _), $"message lacks {field}");
            }

            foreach (var finding in Report.Findings(message))
            {
                foreach (var field in new[] { "id", "rule", "severity", "confidence", "line", "column", "text", "message", "suggestion" })
                {
                    Assert.True(finding.TryGetProperty(field, out _), $"finding lacks {field}");
                }

                Assert.InRange(finding.GetProperty("confidence").GetDouble(), 0, 1);
            }
        }

        var pitch = Report.Message(json, "pitch-draft.txt");
        Assert.InRange(pitch.GetProperty("score").GetInt32(), 0, 100);
        foreach (var field in new[] { "messages", "flagged", "findings", "errors" })
        {
            Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("summary").GetProperty(field).ValueKind);
        }
    }

    [Fact]
    public async Task Check_WhenFormatSarif_OutputValidatesAgainstTheSarif210SchemaAndCarriesFixes()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        var eml = work.Copy("pitch.eml");

        var run = await work.RunAsync("check", draft, eml, "missing.eml", "--format", "sarif");
        var jsonRun = await work.RunAsync("check", draft, eml, "missing.eml", "--format", "json");

        Assert.True(run.ExitCode == 3, run.ToString());
        using var sarif = run.Json();
        var evaluation = SarifSchema.Value.Evaluate(sarif.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(evaluation.IsValid, string.Join('\n', (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        var results = sarifRun.GetProperty("results").EnumerateArray().ToArray();
        using var json = jsonRun.Json();
        Assert.Equal(Report.Summary(json, "findings"), results.Length);
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "OL001" && r.TryGetProperty("fixes", out _));
        Assert.Contains(results, r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")
            .GetProperty("uri").GetString() == "pitch-draft.txt");
        var invocation = sarifRun.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("missing.eml", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenFormatIsUnknown_Exits2AndChecksNothing()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await work.RunAsync("check", draft, "--format", "xml");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.Contains("xml", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenOnATerminal_ColoursOutputUnlessNoColorIsSet()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var coloured = await Terminal.RunAsync(work, ["check", draft], noColor: false);
        var plain = await Terminal.RunAsync(work, ["check", draft], noColor: true);

        Assert.Matches(SgrSequence(), coloured);
        Assert.Contains("OL001", plain, StringComparison.Ordinal);
        Assert.DoesNotMatch(SgrSequence(), plain);
        var head = plain.Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.Contains("OL001", StringComparison.Ordinal));
        Assert.Matches(CompilerLine(), head);
    }
}
