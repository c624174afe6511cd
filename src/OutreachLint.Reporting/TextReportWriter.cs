using OutreachLint.Core;

namespace OutreachLint.Reporting;

/// <summary>
/// Compiler-style text: <c>SOURCE:LINE:COL: SEVERITY ID RULE: message</c>, then the sentence and the suggestion
/// indented, so editors and CI can parse the first line and people can read the rest.
/// </summary>
public static class TextReportWriter
{
    /// <summary>Writes every finding of every result, then a summary line; unreadable inputs go to <paramref name="errors"/>.</summary>
    public static void Write(TextWriter output, TextWriter errors, IReadOnlyList<LintResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            if (result.Document.Error is not null)
            {
                errors.WriteLine($"outreachlint: error: {result.Document.Error}");
                continue;
            }

            foreach (var f in result.Findings)
            {
                output.WriteLine(HeadLine(result.Document.Source, f));
                if (f.Rule.IsSentenceRule || f.Rule == RuleCatalog.CustomPhrase)
                {
                    output.WriteLine($"    > {f.Text.ReplaceLineEndings(" ")}");
                }

                if (f.Suggestion is not null)
                {
                    output.WriteLine($"    suggestion: {f.Suggestion.Replacement}");
                }
            }
        }

        output.WriteLine(SummaryLine(results));
    }

    /// <summary>The parseable first line of a finding.</summary>
    public static string HeadLine(string source, Finding f) =>
        $"{source}:{f.Position.Line}:{f.Position.Column}: {f.Severity.ToString().ToLowerInvariant()} {f.Rule.Id} {f.Rule.Name}: {f.Message}";

    /// <summary>The closing summary line.</summary>
    public static string SummaryLine(IReadOnlyList<LintResult> results)
    {
        var s = ReportSummary.Of(results);
        return $"{s.Messages} message(s) checked, {s.Flagged} flagged, {s.Findings} finding(s), {s.Errors} could not be read";
    }
}
