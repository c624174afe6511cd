using OutreachLint.Core;
using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Audit;

/// <summary>
/// Completes a report's examples with their suggestions. The audit judges a week's mail without suggestions, which
/// cost more than the judging, and makes them here for the few messages a report shows; history keeps them, so the
/// next report showing the same message does not make them again (nor load the model to do it).
/// </summary>
public static class ExampleSuggestions
{
    /// <summary>
    /// <paramref name="report"/> with every example's suggestions made. <paramref name="lintWithSuggestions"/> judges a
    /// message again with suggestions; it is called only for examples whose suggestions history does not have yet.
    /// </summary>
    public static AuditReport Complete(AuditReport report, AuditHistory history, Func<EmailDocument, LintResult> lintWithSuggestions)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(lintWithSuggestions);
        return report with { Examples = [.. report.Examples.Select(e => Complete(e, history, lintWithSuggestions))] };
    }

    private static AuditExample Complete(AuditExample example, AuditHistory history, Func<EmailDocument, LintResult> lint)
    {
        if (example.Key is not { } key || history.PendingSuggestions(key) is not { } context)
        {
            return example;
        }

        // The same text and envelope give the same verdict; each finding takes the suggestion of its own sentence.
        var judged = lint(DocumentOf(example, context)).Findings;
        var findings = example.Findings.Select(f => f with
        {
            Suggestion = f.Suggestion ?? judged.FirstOrDefault(j => j.Rule.Id == f.RuleId && j.Text == f.Text)?.Suggestion?.Replacement,
        }).ToList();
        history.SaveSuggestions(key, findings);
        return example with { Findings = findings };
    }

    private static EmailDocument DocumentOf(AuditExample example, SuggestionContext context) => new()
    {
        Source = example.Source, Subject = example.Subject, Date = example.Date, From = context.From, FromAddress = context.FromAddress,
        Recipients = context.Recipients, RecipientNames = context.RecipientNames, AuthorText = context.AuthorText,
        SetAside = context.Signatures.Length == 0 ? [] : [new SetAsidePart(SetAsideKind.Signature, context.Signatures, "signature")],
    };
}
