using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Turns an address's domain into a company name ("jane@northwind-traders.com" → "Northwind Traders").</summary>
internal static partial class DomainNames
{
    private static readonly HashSet<string> FreeMail = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com",
        "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "web.de", "mail.com", "zoho.com",
    };

    private static readonly HashSet<string> TwoPartSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "co.nz", "co.jp", "com.br", "co.za", "com.sg", "co.in",
    };

    /// <summary>The domain of <paramref name="address"/>, lower-cased, or null for no address or a free-mail domain.</summary>
    public static string? CompanyDomain(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        if (address is null || at < 0 || at == address.Length - 1)
        {
            return null;
        }

        var domain = address[(at + 1)..].Trim().TrimEnd('>').ToLowerInvariant();
        return FreeMail.Contains(domain) ? null : domain;
    }

    /// <summary>The company name for <paramref name="domain"/>, spelled as in <paramref name="texts"/> when it appears there.</summary>
    public static string? CompanyName(string? domain, IEnumerable<string> texts)
    {
        if (domain is null)
        {
            return null;
        }

        var labels = domain.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var drop = labels.Length >= 3 && TwoPartSuffixes.Contains(string.Join('.', labels[^2..])) ? 2 : 1;
        if (labels.Length <= drop)
        {
            return null;
        }

        var label = labels[^(drop + 1)];
        return SpellingIn(label, texts) ?? TitleCase(label);
    }

    private static string? SpellingIn(string label, IEnumerable<string> texts)
    {
        var key = Key(label);
        foreach (var text in texts)
        {
            foreach (Match run in CapitalisedRun().Matches(text))
            {
                var words = run.Value.Split(' ');
                for (var take = words.Length; take >= 1; take--)
                {
                    for (var skip = 0; skip + take <= words.Length; skip++)
                    {
                        var candidate = string.Join(' ', words.Skip(skip).Take(take)).TrimEnd('.', ',');
                        if (candidate.EndsWith("'s", StringComparison.Ordinal) || candidate.EndsWith("’s", StringComparison.Ordinal))
                        {
                            candidate = candidate[..^2];
                        }

                        if (Key(candidate) == key)
                        {
                            return candidate;
                        }
                    }
                }
            }
        }

        return null;
    }

    private static string Key(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static string TitleCase(string label) =>
        string.Join(' ', label.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));

    [GeneratedRegex(@"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*")]
    private static partial Regex CapitalisedRun();
}
