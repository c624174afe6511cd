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

        var s = SpacedApostrophe().Replace(builder.ToString(), "$1'$2");
        s = SpaceBeforePunctuation().Replace(s, "$1");
        s = Bullet().Replace(s, "");
        return Whitespace().Replace(s, " ").Trim();
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
