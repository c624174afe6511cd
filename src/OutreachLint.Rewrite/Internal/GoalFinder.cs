using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Finds the reader's goal in the email: a sentence about "you/your" with a goal verb, as a verb phrase.</summary>
internal static partial class GoalFinder
{
    /// <summary>The goal as a bare verb phrase ("cut delivery costs before the holiday peak"), or null.</summary>
    public static string? Find(IEnumerable<string> sentences, string flagged)
    {
        string? fallback = null;
        foreach (var sentence in sentences)
        {
            if (sentence.Contains(flagged.Trim(), StringComparison.Ordinal) || flagged.Contains(sentence, StringComparison.Ordinal))
            {
                continue;
            }

            var you = You().Match(sentence);
            if (!you.Success || GoalPhrase(sentence, you.Index) is not { } phrase)
            {
                continue;
            }

            if (!SellerVoice().IsMatch(sentence))
            {
                return phrase;
            }

            fallback ??= phrase;
        }

        return fallback;
    }

    /// <summary>The verb phrase from the first goal verb after <paramref name="from"/> to the end of its clause, or null.</summary>
    public static string? GoalPhrase(string sentence, int from)
    {
        foreach (Match word in Word().Matches(sentence, from))
        {
            var lower = word.Value.ToLowerInvariant();
            var verb = VerbForms.GoalVerbs.Contains(lower) ? lower : VerbForms.BaseOfGerund(lower);
            if (verb is null)
            {
                continue;
            }

            var rest = ClauseEnd().Split(sentence[(word.Index + word.Length)..])[0].Trim().TrimEnd('.', '!', '?', ',', ';', ':');
            if (rest.Length == 0 || rest.StartsWith("out", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return verb + " " + rest;
        }

        return null;
    }

    [GeneratedRegex(@"\byou(?:r|rs|'re|’re)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex You();

    [GeneratedRegex(@"\b(?:we|we're|our|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SellerVoice();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@";|\s[—–]\s|\s-\s|,\s*(?:so|but|which|and we|and I)\b|\?")]
    private static partial Regex ClauseEnd();
}
