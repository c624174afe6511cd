using System.Globalization;
using OutreachLint.Core;

namespace OutreachLint.Reporting.Audit;

/// <summary>Writes one RFC 4180 row per sender, for spreadsheets: counts, flagged share and one column per rule.</summary>
public static class AuditCsvWriter
{
    /// <summary>Writes the header and a row per sender of <paramref name="report"/>.</summary>
    public static void Write(TextWriter output, AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var rules = RuleCatalog.All.Select(r => r.Name)
            .Where(n => report.Rules.ContainsKey(n) || report.Senders.Any(s => s.Findings.ContainsKey(n)))
            .ToList();
        output.Write(string.Join(',', new[] { "sender", "name", "team", "messages", "flagged", "flagged_share", "first_touches", "follow_ups", "average_score" }.Concat(rules)));
        output.Write("\r\n");
        foreach (var s in report.Senders)
        {
            var cells = new[]
            {
                Cell(s.Sender), Cell(s.Name), Cell(s.Team ?? ""), Number(s.Messages), Number(s.Flagged),
                s.FlaggedShare.ToString("0.####", CultureInfo.InvariantCulture), Number(s.FirstTouches), Number(s.FollowUps),
                s.AverageScore.ToString("0.#", CultureInfo.InvariantCulture),
            }.Concat(rules.Select(r => Number(s.Findings.GetValueOrDefault(r))));
            output.Write(string.Join(',', cells));
            output.Write("\r\n");
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    // Quotes when needed; a leading = + - @ is prefixed with ' so a hostile display name cannot become a spreadsheet formula.
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
