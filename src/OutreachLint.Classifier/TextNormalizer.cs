using System.Text;
using System.Text.RegularExpressions;

namespace OutreachLint.Classifier;

/// <summary>
/// Puts every sentence into one register before the model sees it: lower case, mailing-list tokenisation undone
/// ("don ' t" → "don't", "fee ." → "fee."), digits folded, curly quotes straightened. The model then learns wording,
/// not typography, and lower-cased or oddly tokenised mail reads like the rest.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Returns the normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '’' or '‘' or '`' => '\'',
                '“' or '”' => '"',
                >= '0' and <= '9' => '0',
                _ => char.ToLowerInvariant(c),
            });
        }

        // Each pass runs only when its pattern could match: most sentences need none, and this runs per prediction.
        var s = builder.ToString();
        if (s.Contains(" '", StringComparison.Ordinal))
        {
            s = SpacedApostrophe().Replace(s, "$1'$2");
        }

        if (s.AsSpan().IndexOfAny(PunctuationAfterSpace) >= 0 && SpaceBeforePunctuation().IsMatch(s))
        {
            s = SpaceBeforePunctuation().Replace(s, "$1");
        }

        var first = s.AsSpan().TrimStart();
        if (!first.IsEmpty && (first[0] is '-' or '*' or '•' or '–' or '·' or '>' || char.IsDigit(first[0])))
        {
            s = Bullet().Replace(s, "");
        }

        return NeedsWhitespaceFold(s) ? Whitespace().Replace(s, " ").Trim() : s.Trim();
    }

    private static readonly System.Buffers.SearchValues<char> PunctuationAfterSpace = System.Buffers.SearchValues.Create(",.!?;:");

    private static bool NeedsWhitespaceFold(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || i + 1 < s.Length && char.IsWhiteSpace(s[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(\w) ' ?(s|t|re|ve|ll|d|m)\b")]
    private static partial Regex SpacedApostrophe();

    [GeneratedRegex(@"\s+([,.!?;:])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"^\s*(?:[-*•–·>]|\d+[.)])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
