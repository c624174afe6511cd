using OutreachLint.Core;
using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Audit;

/// <summary>Turns the engine's verdict on one message into the row history keeps.</summary>
public static class MessageRecordFactory
{
    /// <summary>The record for <paramref name="result"/>, read from <paramref name="input"/> under <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The result is for an unreadable message, which history never records.</exception>
    public static RecordedMessage Create(LintResult result, MessageKey key, string input, string? folderUrl, IReadOnlyCollection<string> companyDomains)
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
        };
    }

    private static string NameOf(EmailDocument d)
    {
        var lt = d.From.LastIndexOf('<');
        return lt > 0 ? d.From[..lt].Trim().Trim('"') : "";
    }
}
