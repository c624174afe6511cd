using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>A plain sentence splitter for context search; findings carry their own exact sentence.</summary>
internal static partial class TextSentences
{
    /// <summary>The sentences of <paramref name="text"/>, trimmed, empty ones dropped.</summary>
    public static IEnumerable<string> Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex Boundary();
}
