using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>
/// Spells out texting shorthand in words copied from the rep's sentence ("ur boss" → "your boss"), so a suggestion
/// reads as one register. Only lowercase, whole-word forms with one meaning: "Ur" (the city) and "U-boat" stay.
/// </summary>
internal static partial class ChatShorthand
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["ur"] = "your", ["u"] = "you", ["pls"] = "please", ["plz"] = "please", ["b4"] = "before", ["w/"] = "with", ["thru"] = "through",
    };

    /// <summary><paramref name="text"/> with its shorthand spelt out.</summary>
    public static string Expand(string text) => Shorthand().Replace(text, m => Words[m.Value]);

    [GeneratedRegex(@"(?<![\w'’-])(?:ur|u|pls|plz|b4|w/|thru)(?![\w'’-])")]
    private static partial Regex Shorthand();
}
