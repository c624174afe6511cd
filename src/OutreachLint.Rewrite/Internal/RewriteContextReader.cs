using System.Text.RegularExpressions;
using OutreachLint.Core;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Gathers the reader's company, name and goal and the sender's company and product from a whole email.</summary>
internal static partial class RewriteContextReader
{
    /// <summary>Reads the context for rewriting <paramref name="flagged"/> within <paramref name="document"/>.</summary>
    public static RewriteContext Read(EmailDocument document, string flagged)
    {
        var texts = new List<string> { document.AuthorText, document.Subject };
        texts.AddRange(document.SetAside.Where(p => p.Kind == SetAsideKind.Signature).Select(p => p.Text));
        texts.AddRange(document.RecipientNames);

        var senderDomain = DomainNames.CompanyDomain(document.FromAddress);
        var readerDomain = document.Recipients.Select(DomainNames.CompanyDomain)
            .FirstOrDefault(d => d is not null && d != senderDomain);
        var sender = DomainNames.CompanyName(senderDomain, texts);
        var company = DomainNames.CompanyName(readerDomain, texts);
        var product = ProductFinder.Find(document, flagged, sender, company);
        var outcome = GoalFinder.Find(TextSentences.Split(document.AuthorText), flagged);
        return new RewriteContext(product, outcome, company, sender, ReaderName(document));
    }

    private static string? ReaderName(EmailDocument document)
    {
        var display = document.RecipientNames.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim().Trim('"', '\'');
        if (display is not null)
        {
            var given = display.Contains(',') ? display[(display.IndexOf(',') + 1)..] : display;
            var first = given.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (first is not null && char.IsUpper(first[0]))
            {
                return first;
            }
        }

        var greeting = Greeting().Match(document.AuthorText);
        return greeting.Success ? greeting.Groups["n"].Value : null;
    }

    [GeneratedRegex(@"^\s*(?:Hi|Hello|Hey|Dear|Morning|Good morning)\s+(?<n>[A-Z][\p{L}'-]+)")]
    private static partial Regex Greeting();
}
