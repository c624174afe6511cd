using System.Text.RegularExpressions;
using OutreachLint.Core;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Finds what the sender sells: a name in the signature that is not a person, title or company, else a product noun in the text.</summary>
internal static partial class ProductFinder
{
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Account", "Executive", "Manager", "Sales", "Director", "Head", "VP", "Vice", "President", "Founder", "Co-founder",
        "CEO", "CTO", "COO", "CFO", "CRO", "Development", "Business", "Representative", "Rep", "Lead", "Senior", "Junior",
        "Specialist", "Consultant", "Engineer", "Customer", "Success", "Growth", "Marketing", "Partnerships", "Partner",
        "Solutions", "Regional", "Enterprise", "Team", "Office", "Mobile", "Phone", "Tel", "Email", "Web", "Inc", "Ltd",
        "LLC", "GmbH", "Limited", "PLC", "Chief", "Officer", "Of", "And", "BDR", "SDR", "AE",
    };

    /// <summary>The product name, or null when the email names none apart from the sender company.</summary>
    public static string? Find(EmailDocument document, string? sender, string? company)
    {
        var person = PersonWords(document.From);
        var signatures = document.SetAside.Where(p => p.Kind == SetAsideKind.Signature).Select(p => p.Text).ToList();
        foreach (var line in signatures.SelectMany(s => s.Split('\n')))
        {
            foreach (var entity in RewriteEntities.Find("x " + line.Trim()).Where(e => e.Kind == RewriteEntityKind.Name))
            {
                var words = entity.Text.Split(' ');
                if (words.All(TitleWords.Contains) || words.Any(person.Contains) || SameName(entity.Text, sender) || SameName(entity.Text, company))
                {
                    continue;
                }

                return string.Join(' ', words.Where(w => !IsCompanySuffix(w)));
            }
        }

        var fromText = ProductNoun().Matches(document.AuthorText).Select(m => m.Groups["p"].Value)
            .Select(p => string.Join(' ', p.Split(' ').SkipWhile(NameScanner.IsLeadingWord)))
            .FirstOrDefault(p => p.Length > 0 && !SameName(p, company) && !PeriodLike().IsMatch(p));
        if (fromText is not null)
        {
            return fromText;
        }

        return sender is not null && signatures.Any(s => s.Contains(sender, StringComparison.OrdinalIgnoreCase)) ? sender : null;
    }

    private static bool IsCompanySuffix(string word) => word is "Inc" or "Ltd" or "LLC" or "GmbH" or "Limited" or "PLC";

    private static bool SameName(string a, string? b) =>
        b is not null && Key(a) == Key(b);

    private static string Key(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static HashSet<string> PersonWords(string from)
    {
        var display = from.Split('<')[0].Trim().Trim('"');
        return new HashSet<string>(display.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\b(?:called|named)\s+(?<p>[A-Z][\w-]+(?: [A-Z][\w-]+)?)|(?<p>\b[A-Z][\w-]+(?: [A-Z][\w-]+)?)\s+(?:platform|app|software|tool|suite|plugin|add-on|dashboard|engine)\b")]
    private static partial Regex ProductNoun();

    [GeneratedRegex(@"^(?:Q[1-4]|H[12]|FY)")]
    private static partial Regex PeriodLike();
}
