using System.Globalization;

namespace OutreachLint.Reporting.Audit;

/// <summary>The audit as plain lines for logs and redirected output: totals, one line per sender, rules, weeks.</summary>
public static class AuditTextWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        output.WriteLine($"audit {report.Window}: {report.MessagesScanned} prospecting messages, {report.MessagesFlagged} flagged ({Percent(report.FlaggedShare)}), {report.Excluded} internal excluded");
        output.WriteLine($"first touches: {report.FirstTouches.Messages} ({report.FirstTouches.Flagged} flagged); follow-ups: {report.FollowUps.Messages} ({report.FollowUps.Flagged} flagged)");
        foreach (var s in report.Senders)
        {
            var rules = string.Join(", ", s.Findings.Select(p => $"{p.Key} {p.Value}"));
            output.WriteLine($"sender {s.Sender}{(s.Team is null ? "" : $" [{s.Team}]")}: {s.Messages} messages, {s.Flagged} flagged ({Percent(s.FlaggedShare)}){(rules.Length > 0 ? "; " + rules : "")}");
        }

        output.WriteLine("rules: " + string.Join(", ", report.Rules.Select(p => $"{p.Key} {p.Value}")));
        foreach (var w in report.Weeks)
        {
            output.WriteLine($"week {w.Week}: {w.Messages} messages, {w.Flagged} flagged ({Percent(w.FlaggedShare)})");
        }
    }

    /// <summary>A share as a whole percentage, e.g. <c>42%</c>.</summary>
    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
