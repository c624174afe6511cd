using OutreachLint.Core;
using OutreachLint.Reporting;
using Spectre.Console;

namespace OutreachLint.Cli;

/// <summary>The text format in colour for a person at a terminal: the same parseable first line, the span highlighted.</summary>
internal static class TerminalRenderer
{
    /// <summary>Colour only on a real terminal, and never when <c>NO_COLOR</c> is set (no-color.org).</summary>
    public static bool UseColor() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Writes every finding and the summary line.</summary>
    public static void Write(IReadOnlyList<LintResult> results)
    {
        foreach (var result in results)
        {
            if (result.Document.Error is not null)
            {
                Console.Error.WriteLine($"outreachlint: error: {result.Document.Error}");
                continue;
            }

            foreach (var f in result.Findings)
            {
                var color = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape($"{result.Document.Source}:{f.Position.Line}:{f.Position.Column}:")}[/] [{color}]{f.Severity.ToString().ToLowerInvariant()}[/] [bold]{f.Rule.Id} {f.Rule.Name}[/]: {Markup.Escape(f.Message)}");
                if (f.Rule.IsSentenceRule || f.Rule == RuleCatalog.CustomPhrase)
                {
                    AnsiConsole.MarkupLine($"    > [underline {color}]{Markup.Escape(f.Text.ReplaceLineEndings(" "))}[/]");
                }

                if (f.Suggestion is not null)
                {
                    AnsiConsole.MarkupLine($"    [green]suggestion:[/] {Markup.Escape(f.Suggestion.Replacement)}");
                }
            }
        }

        AnsiConsole.MarkupLine($"[dim]{Markup.Escape(TextReportWriter.SummaryLine(results))}[/]");
    }
}
