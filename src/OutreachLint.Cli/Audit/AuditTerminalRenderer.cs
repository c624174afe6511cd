using OutreachLint.Reporting.Audit;
using Spectre.Console;

namespace OutreachLint.Cli.Audit;

/// <summary>The audit as a Spectre.Console table for a person at a terminal; plain lines otherwise.</summary>
internal static class AuditTerminalRenderer
{
    /// <summary>Writes <paramref name="report"/> to standard output.</summary>
    public static void Write(AuditReport report)
    {
        if (!TerminalRenderer.UseColor())
        {
            AuditTextWriter.Write(Console.Out, report);
            return;
        }

        AnsiConsole.MarkupLine($"[bold]Outreach audit[/] [dim]{Markup.Escape(report.Window.ToString())}[/]");
        AnsiConsole.MarkupLine($"{report.MessagesScanned} prospecting messages, [yellow]{report.MessagesFlagged} flagged[/] ({AuditTextWriter.Percent(report.FlaggedShare)}); " +
            $"first touches {report.FirstTouches.Flagged}/{report.FirstTouches.Messages}, follow-ups {report.FollowUps.Flagged}/{report.FollowUps.Messages}; " +
            $"[dim]{report.Excluded} internal excluded[/]");
        var table = new Table().RoundedBorder().AddColumns("Sender", "Team", "Messages", "Flagged", "Share");
        foreach (var rule in report.Rules.Keys)
        {
            table.AddColumn(new TableColumn(Markup.Escape(OutreachLint.Core.RuleCatalog.Find(rule)?.Id ?? rule)).RightAligned());
        }

        foreach (var s in report.Senders)
        {
            var cells = new List<string>
            {
                Markup.Escape(s.Sender), Markup.Escape(s.Team ?? ""), s.Messages.ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.Flagged.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditTextWriter.Percent(s.FlaggedShare),
            };
            cells.AddRange(report.Rules.Keys.Select(r => s.Findings.GetValueOrDefault(r).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            table.AddRow([.. cells]);
        }

        AnsiConsole.Write(table);
        if (report.Weeks.Count > 0)
        {
            var chart = new BarChart().Label("[bold]Flagged share per week[/]").WithMaxValue(100);
            foreach (var w in report.Weeks)
            {
                chart.AddItem(w.Week, Math.Round(w.FlaggedShare * 100), Color.Orange1);
            }

            AnsiConsole.Write(chart);
        }
    }
}
