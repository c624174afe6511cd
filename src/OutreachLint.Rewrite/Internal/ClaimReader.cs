using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Reads a seller-centric sentence: who already uses the product, what result it promises, and the claim restated plainly.</summary>
internal static partial class ClaimReader
{
    private const string List = @"[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*)*(?:(?:,\s*|,?\s+and\s+)[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*)*)+";
    private const string Count = @"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?\d[\d,]*\+?\s+[^,;.!?]+?";

    /// <summary>Who already uses it ("500 banks in 12 countries", "Tesco, Unilever and BP"), or null.</summary>
    public static string? Proof(string sentence)
    {
        foreach (var pattern in new[] { ByCount(), ServesCount(), CountUses(), CustomerList(), ByList(), ListUses() })
        {
            var match = pattern.Match(sentence);
            if (match.Success)
            {
                return Phrase.Tidy(match.Groups["p"].Value);
            }
        }

        return null;
    }

    /// <summary>The result it promises as a verb phrase for the reader ("grow revenue by 30%", "see 3x ROI within 90 days"), or null.</summary>
    public static string? Result(string sentence)
    {
        if (Helps().Match(sentence) is { Success: true } helps)
        {
            return Phrase.NounPhrase(helps.Groups["r"].Value);
        }

        return Delivers().Match(sentence) is { Success: true } delivers ? "see " + Phrase.NounPhrase(delivers.Groups["r"].Value) : null;
    }

    [GeneratedRegex(@"\b(?:trusted|used|chosen|relied\s+on|loved|backed)\s+by\s+(?<p>" + Count + @")(?=\s*(?:[,;.!?]|$|\s(?:so|and\s+we|who|which)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ByCount();

    [GeneratedRegex(@"\b(?:serve|serves|serving|work\s+with|works\s+with|power|powers|support|supports)\s+(?<p>" + Count + @")(?=\s*(?:[,;.!?]|$|\s(?:so|and\s+we|who|which)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ServesCount();

    [GeneratedRegex(@"(?<p>(?:[Oo]ver\s+|[Mm]ore\s+than\s+)?\d[\d,]*\+?\s+\w+(?:\s+\w+)?)\s+(?:already\s+)?(?:use|trust|rely\s+on|run\s+on)\s+(?:us|our|it)\b")]
    private static partial Regex CountUses();

    [GeneratedRegex(@"\b(?:customers|clients|users|logos)\s+(?:include|includes|like|such\s+as|are)\s+(?<p>" + List + ")")]
    private static partial Regex CustomerList();

    [GeneratedRegex(@"\b(?:trusted|used|chosen)\s+by\s+(?<p>" + List + ")")]
    private static partial Regex ByList();

    [GeneratedRegex(@"(?<p>" + List + @")\s+(?:already\s+|all\s+)?(?:use|rely\s+on|trust|run\s+on)\s+(?:us|our|it)\b")]
    private static partial Regex ListUses();

    [GeneratedRegex(@"\bhelp(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:like\s+(?:yours|you|\w+)\s+)?(?:to\s+)?(?<r>(?:grow|cut|reduce|save|increase|improve|hit|close|hire|lower|double|boost|win|ship|speed\s+up|shorten)\b[^;.!?]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Helps();

    [GeneratedRegex(@"\b(?:deliver|delivers|drive|drives|generate|generates|guarantee|guarantees|achieve|achieves)\s+(?<r>[^;.!?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Delivers();
}
