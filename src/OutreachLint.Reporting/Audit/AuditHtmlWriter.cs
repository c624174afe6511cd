using System.Globalization;
using System.Text;
using OutreachLint.Core;
using static System.Net.WebUtility;

namespace OutreachLint.Reporting.Audit;

/// <summary>
/// A self-contained HTML report: inline CSS and SVG only, no script, no external asset, a Content-Security-Policy that
/// forbids everything else, and every string that came from an email HTML-encoded.
/// </summary>
public static class AuditHtmlWriter
{
    /// <summary>The policy in the report's meta tag: nothing loads or runs; inline styles and data: images only.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>Writes <paramref name="report"/> as one HTML document.</summary>
    public static void Write(TextWriter output, AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>OutreachLint audit {HtmlEncode(report.Window.ToString())}</title>\n")
            .Append("<style>").Append(AuditHtmlStyle.Css).Append("</style>\n</head>\n<body>\n");
        Summary(html, report);
        Charts(html, report);
        SenderTable(html, report);
        Examples(html, report);
        html.Append(CultureInfo.InvariantCulture, $"<footer>Generated {report.Generated.UtcDateTime:yyyy-MM-dd HH:mm} UTC by outreachlint audit. A message is flagged when it has at least one OL001–OL003 finding.</footer>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void Summary(StringBuilder html, AuditReport r)
    {
        html.Append("<header><h1>Outreach audit</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"window\">{HtmlEncode(r.Window.ToString())}</p></header>\n<section class=\"cards\">")
            .Append(Card("Prospecting messages", r.MessagesScanned.ToString(CultureInfo.InvariantCulture), "scanned"))
            .Append(Card("Flagged", $"{r.MessagesFlagged} ({AuditTextWriter.Percent(r.FlaggedShare)})", "flagged"))
            .Append(Card("First touches flagged", $"{r.FirstTouches.Flagged} of {r.FirstTouches.Messages}", "first"))
            .Append(Card("Follow-ups flagged", $"{r.FollowUps.Flagged} of {r.FollowUps.Messages}", "follow"))
            .Append(Card("Internal mail excluded", r.Excluded.ToString(CultureInfo.InvariantCulture), "excluded"))
            .Append("</section>\n");
    }

    private static void Charts(StringBuilder html, AuditReport r)
    {
        html.Append("<section class=\"charts\">\n<figure><figcaption>Flagged share per rep</figcaption>")
            .Append(SvgCharts.Bars("Flagged share per rep", [.. r.Senders.Select(s => (s.Sender, s.FlaggedShare, $"{AuditTextWriter.Percent(s.FlaggedShare)} of {s.Messages}"))], 1, "reps"))
            .Append("</figure>\n<figure><figcaption>Team trend: flagged share per ISO week</figcaption>")
            .Append(SvgCharts.Trend("Flagged share per week", r.Weeks))
            .Append("</figure>\n<figure><figcaption>Findings by rule</figcaption>")
            .Append(SvgCharts.Bars("Findings by rule", [.. r.Rules.Select(p => ($"{IdOf(p.Key)} {p.Key}", (double)p.Value, p.Value.ToString(CultureInfo.InvariantCulture)))],
                Math.Max(1, r.Rules.Values.DefaultIfEmpty(0).Max()), "rules"))
            .Append("</figure>\n</section>\n");
    }

    private static void SenderTable(StringBuilder html, AuditReport r)
    {
        var rules = r.Rules.Keys.ToList();
        html.Append("<section><h2>Reps</h2><div class=\"scroll\"><table class=\"senders\"><thead><tr><th>Sender</th><th>Team</th><th>Messages</th><th>Flagged</th><th>Share</th><th>Avg score</th>");
        foreach (var rule in rules)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"n\" title=\"{HtmlEncode(rule)}: {HtmlEncode(Title(rule))}\">{HtmlEncode(IdOf(rule))}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var s in r.Senders)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlEncode(s.Sender)}<div class=\"name\">{HtmlEncode(s.Name)}</div></td><td>{HtmlEncode(s.Team ?? "")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{s.Messages}</td><td class=\"n\">{s.Flagged}</td><td class=\"n\">{AuditTextWriter.Percent(s.FlaggedShare)}</td><td class=\"n\">{s.AverageScore:0.#}</td>");
            foreach (var rule in rules)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{s.Findings.GetValueOrDefault(rule)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void Examples(StringBuilder html, AuditReport r)
    {
        html.Append("<section class=\"examples\"><h2>Worst examples, with better sentences</h2>");
        if (r.Examples.Count == 0)
        {
            html.Append("<p>No flagged messages in this window.</p>");
        }

        foreach (var e in r.Examples)
        {
            html.Append("<article class=\"example\">")
                .Append(CultureInfo.InvariantCulture, $"<h3>{HtmlEncode(e.Subject.Length > 0 ? e.Subject : "(no subject)")}</h3>")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{HtmlEncode(e.Sender)} · {HtmlEncode(e.Date?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "undated")} · score {e.Score} · <span class=\"source\">{HtmlEncode(e.Source)}</span></p><ul>");
            foreach (var f in e.Findings)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"rule\">{HtmlEncode(f.RuleId)} {HtmlEncode(Title(f.RuleId))}</span><blockquote class=\"flagged\">{HtmlEncode(f.Text)}</blockquote>");
                if (f.Suggestion is not null)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<blockquote class=\"suggestion\">{HtmlEncode(f.Suggestion)}</blockquote>");
                }

                html.Append("</li>");
            }

            html.Append("</ul></article>");
        }

        html.Append("</section>\n");
    }

    private static string Card(string label, string value, string cssClass) =>
        $"<div class=\"card {cssClass}\"><div class=\"value\">{HtmlEncode(value)}</div><div class=\"label\">{HtmlEncode(label)}</div></div>";

    private static string IdOf(string rule) => RuleCatalog.Find(rule)?.Id ?? rule;

    private static string Title(string rule) => RuleCatalog.Find(rule) is { } d ? d.Title : rule;
}
