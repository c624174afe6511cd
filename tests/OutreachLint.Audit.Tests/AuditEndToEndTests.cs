using System.Text.Json;
using System.Text.RegularExpressions;
using OutreachLint.Audit.Tests.Harness;

namespace OutreachLint.Audit.Tests;

public sealed partial class AuditEndToEndTests(TeamAuditFixture team) : IClassFixture<TeamAuditFixture>
{
    [Fact]
    public void Audit_PerSenderAndTotalFlagged_EqualCheckOnTheSameMessages()
    {
        Assert.True(team.Audit.ExitCode == 0, team.Audit.ToString());
        var expected = ProspectingFromCheck(team.CheckJson)
            .GroupBy(m => m.Sender)
            .ToDictionary(g => g.Key, g => (Messages: g.Count(), Flagged: g.Count(m => m.Flagged)));
        var actual = team.AuditJson.GetProperty("senders").EnumerateArray()
            .ToDictionary(s => s.GetProperty("sender").GetString()!, s => (Messages: s.GetProperty("messages").GetInt32(), Flagged: s.GetProperty("flagged").GetInt32()));

        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.Equal(expected.Values.Sum(v => v.Messages), team.AuditJson.GetProperty("messagesScanned").GetInt32());
        Assert.Equal(expected.Values.Sum(v => v.Flagged), team.AuditJson.GetProperty("messagesFlagged").GetInt32());
        Assert.InRange(team.AuditJson.GetProperty("messagesFlagged").GetInt32(), 5, team.AuditJson.GetProperty("messagesScanned").GetInt32() - 3);
    }

    [Fact]
    public void Audit_FindingsByRule_EqualCheckFindings()
    {
        var expected = ProspectingFromCheck(team.CheckJson).SelectMany(m => m.Rules).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var rules = team.AuditJson.GetProperty("rules").EnumerateObject().Where(p => p.Value.GetInt32() > 0).ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(expected.OrderBy(p => p.Key), rules.OrderBy(p => p.Key));
    }

    [Fact]
    public void Audit_ExcludesInternalMail_CountsIt_AndAppliesAliasesAndTeams()
    {
        var internalCount = Directory.GetFiles(team.Mail, "internal-*.eml").Length;
        Assert.Equal(internalCount, team.AuditJson.GetProperty("excluded").GetInt32());
        var senders = team.AuditJson.GetProperty("senders").EnumerateArray().ToList();
        Assert.DoesNotContain(senders, s => s.GetProperty("sender").GetString() == "alice.r@acme.com");
        Assert.Equal("East", senders.Single(s => s.GetProperty("sender").GetString() == "alice@acme.com").GetProperty("team").GetString());
        var first = team.AuditJson.GetProperty("firstTouches").GetProperty("messages").GetInt32();
        var follow = team.AuditJson.GetProperty("followUps").GetProperty("messages").GetInt32();
        Assert.True(first > 0 && follow > 0);
        Assert.Equal(team.AuditJson.GetProperty("messagesScanned").GetInt32(), first + follow);
        Assert.Equal(3, team.AuditJson.GetProperty("weeks").GetArrayLength());
    }

    [Fact]
    public void Audit_Examples_CarryTheSuggestionsCheckMakesForTheSameSentences()
    {
        // The audit judges without suggestions and makes them only for the examples it shows, from what history kept.
        var checkFindings = team.CheckJson.GetProperty("messages").EnumerateArray()
            .SelectMany(m => m.GetProperty("findings").EnumerateArray().Select(f => (
                Source: m.GetProperty("source").GetString()!, Text: f.GetProperty("text").GetString()!,
                Suggestion: f.GetProperty("suggestion").ValueKind == JsonValueKind.Null ? null : f.GetProperty("suggestion").GetString())))
            .ToList();
        var examples = team.AuditJson.GetProperty("examples").EnumerateArray()
            .SelectMany(e => e.GetProperty("findings").EnumerateArray().Select(f => (
                Source: e.GetProperty("source").GetString()!, Text: f.GetProperty("text").GetString()!,
                Suggestion: f.GetProperty("suggestion").ValueKind == JsonValueKind.Null ? null : f.GetProperty("suggestion").GetString())))
            .ToList();

        Assert.NotEmpty(examples);
        Assert.Contains(examples, e => e.Suggestion is not null);
        Assert.All(examples, e => Assert.Contains(e, checkFindings));
    }

    [Fact]
    public async Task Audit_SecondRunOfTheSameWindow_GivesTheSameFiguresAndLintsNothingAgain()
    {
        var again = await team.RunAuditAsync();
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains(" 0 new, ", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(Figures(team.AuditJson), Figures(TeamAuditFixture.Parse(again)));
    }

    [Fact]
    public async Task Audit_SinceAndBefore_CountOnlyTheWindow()
    {
        var week = await team.RunAuditAsync("--since", "2026-02-09", "--before", "2026-02-16");
        Assert.True(week.ExitCode == 0, week.ToString());
        // History already has the whole mailbox: the keys read for the week's margin recognise every message read.
        Assert.Contains(" 0 new, ", week.Stderr, StringComparison.Ordinal);
        var json = TeamAuditFixture.Parse(week);
        var inWeek = ProspectingFromCheck(team.CheckJson).Where(m => m.Date >= new DateTimeOffset(2026, 2, 9, 0, 0, 0, TimeSpan.Zero) && m.Date < new DateTimeOffset(2026, 2, 16, 0, 0, 0, TimeSpan.Zero)).ToList();
        Assert.Equal(inWeek.Count, json.GetProperty("messagesScanned").GetInt32());
        Assert.Equal(inWeek.Count(m => m.Flagged), json.GetProperty("messagesFlagged").GetInt32());
        Assert.Equal(["2026-W07"], json.GetProperty("weeks").EnumerateArray().Select(w => w.GetProperty("week").GetString()));
    }

    [Fact]
    public async Task Audit_Csv_HasAHeaderAndOneRowPerSender()
    {
        var csv = await Cli.RunAsync(team.Folder, "audit", team.Mail, "--format", "csv", "--config", team.ConfigPath, "--model", Cli.Model, "--history", Path.Combine(team.Folder, "csv.db"));
        Assert.True(csv.ExitCode == 0, csv.ToString());
        var lines = csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("sender,name,team,messages,flagged,", lines[0], StringComparison.Ordinal);
        Assert.Equal(team.AuditJson.GetProperty("senders").GetArrayLength(), lines.Length - 1);
    }

    [Fact]
    public async Task Audit_BadSince_IsAUsageError()
    {
        var result = await team.RunAuditAsync("--since", "lastweek");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--since", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_MissingInput_ReportsTheRestAndExits3()
    {
        var result = await Cli.RunAsync(team.Folder, "audit", team.Mail, Path.Combine(team.Folder, "nope.mbox"), "--format", "json",
            "--config", team.ConfigPath, "--model", Cli.Model, "--history", Path.Combine(team.Folder, "missing.db"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("nope.mbox", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(team.AuditJson.GetProperty("messagesScanned").GetInt32(), TeamAuditFixture.Parse(result).GetProperty("messagesScanned").GetInt32());
    }

    private static string Figures(JsonElement json) =>
        string.Join('|', json.GetProperty("messagesScanned"), json.GetProperty("messagesFlagged"), json.GetProperty("excluded"),
            json.GetProperty("senders").GetRawText(), json.GetProperty("rules").GetRawText(), json.GetProperty("weeks").GetRawText());

    private static List<(string Sender, bool Flagged, DateTimeOffset Date, List<string> Rules)> ProspectingFromCheck(JsonElement check) =>
        check.GetProperty("messages").EnumerateArray()
            .Where(m => !Path.GetFileName(m.GetProperty("source").GetString()!).StartsWith("internal-", StringComparison.Ordinal))
            .Select(m => (
                Normalize(AddressOf(m.GetProperty("from").GetString()!)),
                m.GetProperty("flagged").GetBoolean(),
                DateTimeOffset.Parse(m.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                m.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToList()))
            .ToList();

    private static string AddressOf(string from) => Angle().Matches(from) is { Count: > 0 } m ? m[^1].Groups[1].Value.ToLowerInvariant() : from.ToLowerInvariant();

    private static string Normalize(string address) => address == "alice.r@acme.com" ? "alice@acme.com" : address;

    [GeneratedRegex("<([^<>]+@[^<>]+)>")]
    private static partial Regex Angle();
}
