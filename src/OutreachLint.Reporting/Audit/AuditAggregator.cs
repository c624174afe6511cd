using OutreachLint.Core;
using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Audit;

/// <summary>Builds the <see cref="AuditReport"/> for a window from recorded messages; pure, so figures are repeatable.</summary>
public static class AuditAggregator
{
    /// <summary>Aggregates <paramref name="messages"/> (already limited to the window) per sender, rule, week and team.</summary>
    public static AuditReport Build(IReadOnlyList<RecordedMessage> messages, AuditWindow window, SenderDirectory senders, int exampleCount = 5)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(senders);
        var prospecting = messages.Where(m => m.Kind != MessageKind.Internal).ToList();
        var firstTouches = prospecting.Where(m => m.Kind == MessageKind.FirstTouch).ToList();
        var followUps = prospecting.Where(m => m.Kind == MessageKind.FollowUp).ToList();
        var bySender = prospecting.GroupBy(m => senders.Normalize(m.Sender)).Select(g => Sender(g.Key, [.. g], senders)).ToList();
        return new AuditReport
        {
            Window = window,
            MessagesScanned = prospecting.Count,
            MessagesFlagged = prospecting.Count(m => m.Flagged),
            Excluded = messages.Count - prospecting.Count,
            FirstTouches = (firstTouches.Count, firstTouches.Count(m => m.Flagged)),
            FollowUps = (followUps.Count, followUps.Count(m => m.Flagged)),
            Senders = [.. bySender.OrderByDescending(s => s.FlaggedShare).ThenByDescending(s => s.Messages).ThenBy(s => s.Sender, StringComparer.Ordinal)],
            Teams = [.. bySender.Where(s => s.Team is not null).GroupBy(s => s.Team!)
                .Select(g => new TeamSummary(g.Key, g.Sum(s => s.Messages), g.Sum(s => s.Flagged))).OrderBy(t => t.Team, StringComparer.Ordinal)],
            Rules = CountRules(prospecting, includeZeroSentenceRules: true),
            Weeks = [.. prospecting.Where(m => m.Week is not null).GroupBy(m => m.Week!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new WeekSummary(g.Key, g.Count(), g.Count(m => m.Flagged)))],
            Examples = [.. prospecting.Where(m => m.Flagged).OrderBy(m => m.Score).ThenByDescending(m => m.Date).ThenBy(m => m.Key.Source, StringComparer.Ordinal)
                .Take(exampleCount).Select(m => Example(m, senders))],
        };
    }

    private static SenderSummary Sender(string sender, List<RecordedMessage> messages, SenderDirectory senders) => new()
    {
        Sender = sender,
        Name = messages.Select(m => m.SenderName).LastOrDefault(n => n.Length > 0) ?? "",
        Team = senders.TeamOf(sender),
        Messages = messages.Count,
        Flagged = messages.Count(m => m.Flagged),
        FirstTouches = messages.Count(m => m.Kind == MessageKind.FirstTouch),
        FollowUps = messages.Count(m => m.Kind == MessageKind.FollowUp),
        AverageScore = Math.Round(messages.Average(m => m.Score), 1),
        Findings = CountRules(messages, includeZeroSentenceRules: false),
    };

    private static AuditExample Example(RecordedMessage m, SenderDirectory senders) =>
        new(senders.Normalize(m.Sender), m.Subject, m.Date, m.Key.Source, m.Score,
            [.. m.Findings.Where(f => RuleCatalog.Find(f.RuleId)?.IsSentenceRule ?? false)]) { Key = m.Key };

    // Keys are rule names, as in check's findings; the sentence rules always appear so a clean week reads as zeros.
    private static Dictionary<string, int> CountRules(IEnumerable<RecordedMessage> messages, bool includeZeroSentenceRules)
    {
        var counts = includeZeroSentenceRules
            ? RuleCatalog.All.Where(r => r.IsSentenceRule).ToDictionary(r => r.Name, _ => 0, StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in messages.SelectMany(m => m.Findings))
        {
            var name = RuleCatalog.Find(finding.RuleId)?.Name ?? finding.RuleId;
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        return RuleCatalog.All.Select(r => r.Name).Where(counts.ContainsKey)
            .Concat(counts.Keys.Where(k => RuleCatalog.Find(k) is null).Order(StringComparer.Ordinal))
            .ToDictionary(k => k, k => counts[k], StringComparer.Ordinal);
    }
}
