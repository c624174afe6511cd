namespace OutreachLint.Reporting.History;

/// <summary>
/// Everything a report of a window needs, already counted: message groups, finding counts, senders' names and the
/// worst examples. History counts it in SQL, so a report over a week of a team's mail reads a few hundred rows, not
/// every message; <see cref="Of"/> counts the same from messages in memory.
/// </summary>
public sealed record WindowSummary(
    IReadOnlyList<MessageGroup> Groups, IReadOnlyList<FindingCount> Findings, IReadOnlyList<SenderName> Names, IReadOnlyList<RecordedMessage> Worst)
{
    /// <summary>The summary of <paramref name="messages"/>, in the order history reads them (by date, source, UID).</summary>
    public static WindowSummary Of(IReadOnlyList<RecordedMessage> messages, int exampleCount)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var groups = messages.GroupBy(m => (m.Sender, m.Kind, m.Week))
            .Select(g => new MessageGroup(g.Key.Sender, g.Key.Kind, g.Key.Week, g.Count(), g.Count(m => m.Flagged), g.Sum(m => (long)m.Score)))
            .ToList();
        var findings = messages.SelectMany(m => m.Findings.Select(f => (m.Sender, m.Kind, f.RuleId, f.Severity)))
            .GroupBy(x => x).Select(g => new FindingCount(g.Key.Sender, g.Key.Kind, g.Key.RuleId, g.Key.Severity, g.Count())).ToList();
        var named = messages.Select((m, i) => (Message: m, Order: (long)i + 1))
            .Where(x => x.Message.Kind != MessageKind.Internal && x.Message.SenderName.Length > 0).ToList();
        var names = named.GroupBy(x => x.Message.Sender).Select(g => g.Last()).Select(x => new SenderName(x.Message.Sender, x.Message.SenderName, x.Order)).ToList();
        var worst = messages.Where(m => m.Kind != MessageKind.Internal && m.Flagged)
            .OrderBy(m => m.Score).ThenByDescending(m => m.Date).ThenBy(m => m.Key.Source, StringComparer.Ordinal).Take(exampleCount).ToList();
        return new WindowSummary(groups, findings, names, worst);
    }
}
