namespace OutreachLint.Core;

/// <summary>Tells internal mail from external mail by the sender's and recipients' domains.</summary>
public static class MailContextClassifier
{
    /// <summary>The context of <paramref name="document"/>; <paramref name="companyDomains"/> widen "internal" beyond the sender's own domain.</summary>
    public static MailContext Of(EmailDocument document, IReadOnlyCollection<string>? companyDomains = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sender = DomainOf(document.FromAddress);
        if (sender.Length == 0 || document.Recipients.Count == 0)
        {
            return MailContext.Unknown;
        }

        var own = new HashSet<string>(companyDomains ?? [], StringComparer.OrdinalIgnoreCase) { sender };
        return document.Recipients.All(r => IsOwn(DomainOf(r), own)) ? MailContext.Internal : MailContext.External;
    }

    private static bool IsOwn(string domain, HashSet<string> own) =>
        own.Contains(domain) || own.Any(o => domain.EndsWith("." + o, StringComparison.OrdinalIgnoreCase));

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 ? "" : address[(at + 1)..].Trim().TrimEnd('>').ToLowerInvariant();
    }
}
