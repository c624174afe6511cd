using OutreachLint.Core;
using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Audit;

/// <summary>Tells prospecting mail from internal mail, and first touches from follow-ups.</summary>
public static class MailClassifier
{
    /// <summary>
    /// Internal when every recipient is inside <paramref name="companyDomains"/> (or, when that is empty, the sender's own
    /// domain); otherwise a follow-up when the message replies to another, else a first touch. Mail with no visible
    /// recipient (Bcc only) counts as prospecting: that is how bulk outreach is sent.
    /// </summary>
    public static MessageKind Classify(EmailDocument document, IReadOnlyCollection<string> companyDomains)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(companyDomains);
        var own = companyDomains.Count > 0 ? companyDomains : [DomainOf(document.FromAddress)];
        var recipients = document.Recipients.Where(r => r.Length > 0).ToList();
        if (recipients.Count > 0 && recipients.All(r => IsInside(DomainOf(r), own)))
        {
            return MessageKind.Internal;
        }

        return document.IsReply || document.Subject.TrimStart().StartsWith("re:", StringComparison.OrdinalIgnoreCase)
            ? MessageKind.FollowUp
            : MessageKind.FirstTouch;
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 ? "" : address[(at + 1)..].Trim().TrimEnd('>').ToLowerInvariant();
    }

    // A subdomain (eu.example.com) belongs to its company domain (example.com).
    private static bool IsInside(string domain, IEnumerable<string> own) =>
        domain.Length > 0 && own.Any(o => o.Length > 0 && (domain == o || domain.EndsWith("." + o, StringComparison.Ordinal)));
}
