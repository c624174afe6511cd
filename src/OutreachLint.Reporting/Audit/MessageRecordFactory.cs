using OutreachLint.Core;
using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Audit;

/// <summary>Turns the engine's verdict on one message into the row history keeps.</summary>
public static class MessageRecordFactory
{
    /// <summary>The record for <paramref name="result"/>, read from <paramref name="input"/> under <paramref name="key"/>.</summary>
    /// <param name="result">The engine's verdict.</param>
    /// <param name="key">The message's identity.</param>
    /// <param name="input">The INPUT it was read from.</param>
    /// <param name="folderUrl">The IMAP folder, or null.</param>
    /// <param name="companyDomains">The company's own domains.</param>
    /// <param name="suggestionsDeferred">The engine judged without suggestions: a flagged message keeps what making them later needs.</param>
    /// <exception cref="ArgumentException">The result is for an unreadable message, which history never records.</exception>
    public static RecordedMessage Create(LintResult result, MessageKey key, string input, string? folderUrl, IReadOnlyCollection<string> companyDomains,
        bool suggestionsDeferred = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(key);
        if (result.Document.Error is not null)
        {
            throw new ArgumentException("An unreadable message has nothing to record.", nameof(result));
        }

        var d = result.Document;
        return new RecordedMessage
        {
            Key = key, Input = input, FolderUrl = folderUrl, MessageId = d.MessageId ?? "",
            Sender = d.FromAddress.Trim().ToLowerInvariant(), SenderName = NameOf(d), Subject = d.Subject, Date = d.Date,
            Kind = MailClassifier.Classify(d, companyDomains), Score = result.Score, Flagged = result.IsFlagged,
            Findings = [.. result.Findings.Select(f => new RecordedFinding(f.Rule.Id, f.Severity.ToString().ToLowerInvariant(), f.Text, f.Suggestion?.Replacement))],
            PendingSuggestions = suggestionsDeferred && result.IsFlagged ? ContextOf(d) : null,
        };
    }

    private static SuggestionContext ContextOf(EmailDocument d) => new(
        d.AuthorText, string.Join("\n\n", d.SetAside.Where(p => p.Kind == SetAsideKind.Signature).Select(p => p.Text)),
        d.From, d.FromAddress, d.Recipients, d.RecipientNames);

    private static string NameOf(EmailDocument d)
    {
        var lt = d.From.LastIndexOf('<');
        return lt > 0 ? d.From[..lt].Trim().Trim('"') : "";
    }
}
