using MimeKit;
using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>Copies the envelope facts of a MIME message onto a document.</summary>
internal static class EnvelopeReader
{
    /// <summary>Returns <paramref name="document"/> with subject, sender, recipients, date and ids filled in.</summary>
    public static EmailDocument Fill(EmailDocument document, MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(message);
        var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).ToList();
        var subject = message.Subject ?? "";
        return document with
        {
            Subject = subject,
            From = string.Join(", ", message.From.Mailboxes.Select(Display)),
            FromAddress = message.From.Mailboxes.FirstOrDefault()?.Address?.ToLowerInvariant() ?? "",
            Recipients = recipients.Select(m => m.Address?.ToLowerInvariant() ?? "").Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            RecipientNames = recipients.Select(m => m.Name?.Trim() ?? "").Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Date = DateOf(message),
            MessageId = string.IsNullOrEmpty(message.MessageId) ? null : message.MessageId,
            IsReply = document.IsReply || !string.IsNullOrEmpty(message.InReplyTo) || message.References.Count > 0
                || ExtractionPatterns.ReplySubject.IsMatch(LinePattern.Bound(subject)),
        };
    }

    /// <summary>The Date header, or null when it is missing or unreadable.</summary>
    public static DateTimeOffset? DateOf(MimeMessage message) =>
        message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : null;

    /// <summary>"Name &lt;address&gt;" without MimeKit's RFC quoting, which readers do not write.</summary>
    private static string Display(MailboxAddress mailbox) =>
        string.IsNullOrWhiteSpace(mailbox.Name) ? mailbox.Address : $"{mailbox.Name.Trim()} <{mailbox.Address}>";
}
