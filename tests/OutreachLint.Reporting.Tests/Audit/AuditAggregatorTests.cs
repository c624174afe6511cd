using OutreachLint.Reporting.Audit;
using OutreachLint.Reporting.History;
using static OutreachLint.Reporting.Tests.Messages;

namespace OutreachLint.Reporting.Tests.Audit;

public sealed class AuditAggregatorTests
{
    private static readonly SenderDirectory Directory = new(
        new Dictionary<string, string> { ["alice.rep@acme.io"] = "Alice@Acme.com" },
        new Dictionary<string, string> { ["alice@acme.com"] = "East", ["bob@acme.com"] = "West" });

    private static readonly RecordedMessage[] Mail =
    [
        Sent("1", "alice@acme.com", true, 0),
        Sent("2", "ALICE.REP@acme.io", false, 1, MessageKind.FollowUp),
        Sent("3", "alice@acme.com", true, 8, score: 80),
        Sent("4", "bob@acme.com", false, 2),
        Sent("5", "bob@acme.com", true, 9, MessageKind.FollowUp, score: 60),
        Sent("6", "bob@acme.com", true, 3, MessageKind.Internal),
    ];

    [Fact]
    public void Build_CountsProspectingMailOnly_AndReportsInternalAsExcluded()
    {
        var report = AuditAggregator.Build(Mail, AuditWindow.All, Directory);
        Assert.Equal(5, report.MessagesScanned);
        Assert.Equal(3, report.MessagesFlagged);
        Assert.Equal(1, report.Excluded);
        Assert.Equal((3, 2), report.FirstTouches);
        Assert.Equal((2, 1), report.FollowUps);
    }

    [Fact]
    public void Build_GroupsAliasesUnderOneSender_WithTheirTeam()
    {
        var report = AuditAggregator.Build(Mail, AuditWindow.All, Directory);
        var alice = report.Senders.Single(s => s.Sender == "alice@acme.com");
        Assert.Equal((3, 2, "East"), (alice.Messages, alice.Flagged, alice.Team));
        Assert.Equal(2, alice.Findings["disguised-selling"]);
        Assert.Equal(["alice@acme.com", "bob@acme.com"], report.Senders.Select(s => s.Sender));
        Assert.Equal([new TeamSummary("East", 3, 2), new TeamSummary("West", 2, 1)], report.Teams);
    }

    [Fact]
    public void Build_CountsRulesByName_WithZerosForQuietSentenceRules()
    {
        var report = AuditAggregator.Build(Mail, AuditWindow.All, Directory);
        Assert.Equal(new Dictionary<string, int> { ["disguised-selling"] = 3, ["favor-ask"] = 0, ["seller-centric"] = 0 }, report.Rules);
    }

    [Fact]
    public void Build_TrendsByIsoWeek_OldestFirst()
    {
        var report = AuditAggregator.Build(Mail, AuditWindow.All, Directory);
        Assert.Equal([new WeekSummary("2026-W06", 3, 1), new WeekSummary("2026-W07", 2, 2)], report.Weeks);
    }

    [Fact]
    public void Build_WorstExamplesComeLowestScoreFirst_WithSuggestions()
    {
        var report = AuditAggregator.Build(Mail, AuditWindow.All, Directory, exampleCount: 2);
        Assert.Equal(["5", "3"], report.Examples.Select(e => e.Source));
        Assert.Equal("I'd like to sell you X.", report.Examples[0].Findings[0].Suggestion);
    }

    [Fact]
    public void Build_WhenEmpty_GivesZeros()
    {
        var report = AuditAggregator.Build([], AuditWindow.All, new SenderDirectory());
        Assert.Equal((0, 0, 0.0), (report.MessagesScanned, report.MessagesFlagged, report.FlaggedShare));
        Assert.Empty(report.Senders);
    }
}
