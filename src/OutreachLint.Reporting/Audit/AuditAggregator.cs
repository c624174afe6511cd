using OutreachLint.Core;
using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Audit;

/// <summary>Builds the <see cref="AuditReport"/> for a window from what history counted; pure, so figures are repeatable.</summary>
public static class AuditAggregator
{
    /// <summary>Aggregates <paramref name="messages"/> (already limited to the window, in history's order) per sender, rule, week and team.</summary>
    public static AuditReport Build(IReadOnlyList<RecordedMessage> messages, AuditWindow window, SenderDirectory senders, int exampleCount = 5) =>
        Build(WindowSummary.Of(messages, exampleCount), window, senders);

    /// <summary>Aggregates a window's <paramref name="summary"/> per sender, rule, week and team.</summary>
    public static AuditReport Build(WindowSummary summary, AuditWindow window, SenderDirectory senders)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(senders);
        var prospecting = summary.Groups.Where(g => g.Kind != MessageKind.Internal).ToList();
        var findings = summary.Findings.Where(f => f.Kind != MessageKind.Internal).ToList();
        var bySender = prospecting.GroupBy(g => senders.Normalize(g.Sender))
            .Select(g => Sender(g.Key, [.. g], findings.Where(f => senders.Normalize(f.Sender) == g.Key), summary.Names, senders)).ToList();
        return new AuditReport
        {
            Window = window,
            MessagesScanned = prospecting.Sum(g => g.Messages),
            MessagesFlagged = prospecting.Sum(g => g.Flagged),
            Excluded = summary.Groups.Where(g => g.Kind == MessageKind.Internal).Sum(g => g.Messages),
            FirstTouches = Pair(prospecting.Where(g => g.Kind == MessageKind.FirstTouch)),
            FollowUps = Pair(prospecting.Where(g => g.Kind == MessageKind.FollowUp)),
            Senders = [.. bySender.OrderByDescending(s => s.FlaggedShare).ThenByDescending(s => s.Messages).ThenBy(s => s.Sender, StringComparer.Ordinal)],
            Teams = [.. bySender.Where(s => s.Team is not null).GroupBy(s => s.Team!)
                .Select(g => new TeamSummary(g.Key, g.Sum(s => s.Messages), g.Sum(s => s.Flagged))).OrderBy(t => t.Team, StringComparer.Ordinal)],
            Rules = CountRules(findings, includeZeroSentenceRules: true),
            Weeks = [.. prospecting.Where(g => g.Week is not null).GroupBy(g => g.Week!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new WeekSummary(g.Key, g.Sum(x => x.Messages), g.Sum(x => x.Flagged)))],
            Examples = [.. summary.Worst.Select(m => Example(m, senders))],
        };
    }

    /// <summary>True when a prospecting message of the window has a sentence finding of at least <paramref name="threshold"/>.</summary>
    public static bool Reaches(WindowSummary summary, Severity threshold)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Findings.Where(f => f.Kind != MessageKind.Internal && (RuleCatalog.Find(f.RuleId)?.IsSentenceRule ?? false))
            .Any(f => Enum.TryParse<Severity>(f.Severity, ignoreCase: true, out var s) && s >= threshold);
    }

    private static (int Messages, int Flagged) Pair(IEnumerable<MessageGroup> groups)
    {
        var list = groups.ToList();
        return (list.Sum(g => g.Messages), list.Sum(g => g.Flagged));
    }

    private static SenderSummary Sender(string sender, List<MessageGroup> groups, IEnumerable<FindingCount> findings, IReadOnlyList<SenderName> names, SenderDirectory senders)
    {
        var messages = groups.Sum(g => g.Messages);
        var raw = groups.Select(g => g.Sender).ToHashSet(StringComparer.Ordinal);
        return new SenderSummary
        {
            Sender = sender,
            Name = names.Where(n => raw.Contains(n.Sender)).MaxBy(n => n.Order)?.Name ?? "",
            Team = senders.TeamOf(sender),
            Messages = messages,
            Flagged = groups.Sum(g => g.Flagged),
            FirstTouches = groups.Where(g => g.Kind == MessageKind.FirstTouch).Sum(g => g.Messages),
            FollowUps = groups.Where(g => g.Kind == MessageKind.FollowUp).Sum(g => g.Messages),
            AverageScore = Math.Round((double)groups.Sum(g => g.ScoreSum) / messages, 1),
            Findings = CountRules(findings, includeZeroSentenceRules: false),
        };
    }

    private static AuditExample Example(RecordedMessage m, SenderDirectory senders) =>
        new(senders.Normalize(m.Sender), m.Subject, m.Date, m.Key.Source, m.Score,
            [.. m.Findings.Where(f => RuleCatalog.Find(f.RuleId)?.IsSentenceRule ?? false)]) { Key = m.Key };

    // Keys are rule names, as in check's findings; the sentence rules always appear so a clean week reads as zeros.
    private static Dictionary<string, int> CountRules(IEnumerable<FindingCount> findings, bool includeZeroSentenceRules)
    {
        var counts = includeZeroSentenceRules
            ? RuleCatalog.All.Where(r => r.IsSentenceRule).ToDictionary(r => r.Name, _ => 0, StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var name = RuleCatalog.Find(finding.RuleId)?.Name ?? finding.RuleId;
            counts[name] = counts.GetValueOrDefault(name) + finding.Count;
        }

        return RuleCatalog.All.Select(r => r.Name).Where(counts.ContainsKey)
            .Concat(counts.Keys.Where(k => RuleCatalog.Find(k) is null).Order(StringComparer.Ordinal))
            .ToDictionary(k => k, k => counts[k], StringComparer.Ordinal);
    }
}
