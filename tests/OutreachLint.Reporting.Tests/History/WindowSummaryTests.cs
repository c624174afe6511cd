using System.Text;
using OutreachLint.Reporting.Audit;
using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Tests.History;

public sealed class WindowSummaryTests : IDisposable
{
    private static readonly SenderDirectory Directory = new(
        new Dictionary<string, string> { ["al@acme.io"] = "alice@acme.com" },
        new Dictionary<string, string> { ["alice@acme.com"] = "East", ["bob@acme.com"] = "West" });

    private readonly TempHistory _temp = new();

    [Theory]
    [InlineData(null, null)]
    [InlineData("2026-02-09", null)]
    [InlineData("2026-02-02", "2026-02-16")]
    public void Summarize_CountedInSql_GivesTheSameReportAsCountingEveryMessage(string? since, string? before)
    {
        using var history = _temp.Open();
        var run = history.StartRun(["/mail", "/other"], AuditWindow.All);
        history.Record(run, Mail(), []);
        var window = new AuditWindow(Day(since), Day(before));

        var counted = AuditAggregator.Build(history.Summarize(["/mail"], window, 4), window, Directory);
        var everyMessage = AuditAggregator.Build(history.Load(["/mail"], window), window, Directory, 4);

        Assert.Equal(Json(everyMessage), Json(counted));
        Assert.Equal(Csv(everyMessage), Csv(counted));
        Assert.Equal(everyMessage.Examples.Select(e => e.Key), counted.Examples.Select(e => e.Key));
        Assert.True(counted.MessagesScanned > 0);
    }

    [Fact]
    public void Reaches_LooksOnlyAtSentenceFindingsOfProspectingMail()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["/mail"], AuditWindow.All);
        history.Record(run, [
            Messages.Sent("a", "a@acme.com", flagged: true) with { Findings = [new RecordedFinding("OL002", "warning", "Quick call?", null)] },
            Messages.Sent("b", "a@acme.com", flagged: true, kind: MessageKind.Internal) with { Findings = [new RecordedFinding("OL001", "error", "Partner?", null)] },
            Messages.Sent("c", "a@acme.com", flagged: false) with { Findings = [new RecordedFinding("OL104", "error", "Too long", null)] },
        ], []);
        var summary = history.Summarize(["/mail"], AuditWindow.All, 5);

        Assert.True(AuditAggregator.Reaches(summary, OutreachLint.Core.Severity.Warning));
        Assert.False(AuditAggregator.Reaches(summary, OutreachLint.Core.Severity.Error));
    }

    public void Dispose() => _temp.Dispose();

    private static DateTimeOffset? Day(string? text) => text is null ? null : DateTimeOffset.Parse(text + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    // Three weeks of mail from aliased and plain senders: first touches, follow-ups, internal mail, undated mail,
    // names that change, ties in score, findings of every severity and one rule this build does not know.
    private static List<RecordedMessage> Mail()
    {
        string[] senders = ["alice@acme.com", "al@acme.io", "bob@acme.com", "cy@acme.com"];
        string[] rules = ["OL001", "OL002", "OL003", "OL101", "OL999"];
        string[] severities = ["error", "warning", "info"];
        var mail = new List<RecordedMessage>();
        for (var i = 0; i < 120; i++)
        {
            var flagged = i % 3 != 0;
            var kind = i % 11 == 0 ? MessageKind.Internal : i % 4 == 0 ? MessageKind.FollowUp : MessageKind.FirstTouch;
            var message = Messages.Sent($"m{i:D3}.eml", senders[i % senders.Length], flagged, i % 21, kind, score: 60 + (i * 7 % 40)) with
            {
                SenderName = i % 5 == 0 ? "" : $"Name {i % 7}",
                Date = i % 17 == 0 ? null : Messages.Monday.AddDays(i % 21).AddHours(i % 9),
                Findings = flagged
                    ? [.. Enumerable.Range(0, 1 + i % 3).Select(k => new RecordedFinding(rules[(i + k) % rules.Length], severities[(i + k) % 3], $"Sentence {i}.{k}.", k == 0 ? $"Better {i}." : null))]
                    : [],
            };
            mail.Add(i % 13 == 0 ? message with { Input = "/other" } : message);
        }

        return mail;
    }

    private static string Json(AuditReport report)
    {
        using var stream = new MemoryStream();
        AuditJsonWriter.Write(stream, report with { Generated = DateTimeOffset.UnixEpoch });
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Csv(AuditReport report)
    {
        using var writer = new StringWriter();
        AuditCsvWriter.Write(writer, report);
        return writer.ToString();
    }
}
