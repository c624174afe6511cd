using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Chat;

/// <summary>
/// Turns a model's reply into a candidate sentence, or null. Models wrap answers in quotes, markdown or a "Here's a
/// rewrite:" line despite being told not to; those are peeled off. A reply of several paragraphs, or too long to be
/// one or two sentences, is refused rather than trimmed, since guessing which part was meant is worse than falling back.
/// </summary>
internal static partial class ChatAnswerParser
{
    private const int MinMaxLength = 320;
    private const int MaxSentences = 3; // asked for two; one more tolerates an abbreviation the rough count mistakes for an end
    private static readonly char[] Quotes = ['"', '\'', '“', '”', '‘', '’', '«', '»', '`'];

    /// <summary>The cleaned reply for rewriting <paramref name="original"/>, or null when it is not usable.</summary>
    public static string? Parse(string? reply, string original)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return null;
        }

        var text = CodeFence().Replace(reply.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), "").Trim();
        var paragraphs = BlankLine().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count > 1 && PreambleLine().IsMatch(paragraphs[0]))
        {
            paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count != 1)
        {
            return null;
        }

        var lines = paragraphs[0].Split('\n').Select(l => l.Trim()).ToList();
        if (lines.Count > 1 && PreambleLine().IsMatch(lines[0]))
        {
            lines.RemoveAt(0);
        }

        var answer = Unquote(Markup().Replace(InlinePreamble().Replace(Whitespace().Replace(string.Join(' ', lines), " "), ""), ""));
        var tooLong = answer.Length > Math.Max(MinMaxLength, original.Length * 3) || SentenceEnd().Count(answer) + 1 > MaxSentences;
        return answer.Length == 0 || tooLong ? null : answer;
    }

    private static string Unquote(string text)
    {
        var trimmed = text.Trim();
        while (trimmed.Length >= 2 && Quotes.Contains(trimmed[0]) && Quotes.Contains(trimmed[^1]))
        {
            trimmed = trimmed[1..^1].Trim();
        }

        return trimmed;
    }

    [GeneratedRegex(@"^```[\w-]*\n?|\n?```$")]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    // A line that only introduces the answer: "Sure! Here's a more direct version:", "Rewritten sentence:".
    [GeneratedRegex(@"^(?:\*\*)?(?:sure|certainly|of course|okay|ok|here(?:'s| is)|rewrite|rewritten|revised|suggested|suggestion|answer)\b[^\n]*:(?:\*\*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PreambleLine();

    // The same label on the answer's own line: "Rewrite: I'd like to sell you ...".
    [GeneratedRegex(@"^(?:\*\*)?(?:rewrite|rewritten(?: sentence)?|revised(?: sentence)?|suggested rewrite|suggestion|answer)\s*:\s*(?:\*\*)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex InlinePreamble();

    [GeneratedRegex(@"\*\*|__|^\s*(?:[-*>]|\d+\.)\s+")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Ends of sentences followed by another; a rough count, generous enough for "Mr." or "e.g." to slip by.
    [GeneratedRegex(@"[.!?][""”’)]?\s+(?=[A-Z\[])")]
    private static partial Regex SentenceEnd();
}
