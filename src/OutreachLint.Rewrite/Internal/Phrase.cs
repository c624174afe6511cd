using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Small text clean-ups shared by the sentence readers.</summary>
internal static partial class Phrase
{
    /// <summary>Collapses runs of whitespace and trims spaces and trailing punctuation.</summary>
    public static string Tidy(string text) => Spaces().Replace(text, " ").Trim().TrimEnd('.', ',', ';', ':', '?', '!', '—', '–', '-').Trim();

    /// <summary>Cuts a noun phrase where a verb or clause starts ("your rollout feels natural" → "your rollout").</summary>
    public static string NounPhrase(string text) => Tidy(NounPhraseEnd().Split(text)[0]);

    /// <summary>The reader's subject named in <paramref name="text"/>: the object of "on/for/about/around … your/the …", or null.</summary>
    public static string? Topic(string text)
    {
        foreach (Match match in TopicPattern().Matches(text))
        {
            var np = NounPhrase(match.Groups["np"].Value);
            if (np.Split(' ').Length >= 2 && !NotATopic().IsMatch(np))
            {
                return np;
            }
        }

        return null;
    }

    /// <summary>The word "our", where the seller's own things begin.</summary>
    [GeneratedRegex(@"\b[Oo]ur\b")]
    public static partial Regex Our();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[,;?!]|\s[—–-]\s|\s(?:feels|seems|makes|would|could|should|might|will|is|are|was|sounds|so|because|if|when|since|and\s+(?:we|I|see|explore|discuss|talk))\b")]
    private static partial Regex NounPhraseEnd();

    [GeneratedRegex(@"\b(?:on|for|about|around|regarding|with|across|into)\s+(?<np>(?:your|the|this|that|[A-Z][\w-]*['’]s)\s[^,;?!.]+)")]
    private static partial Regex TopicPattern();

    [GeneratedRegex(@"^the\s+(?:calendar|phone|line|books|diary|right person|same page|call|meeting|chat|demo|lookout|look-out|hunt|search)\b|^your\s+(?:team|company|business|organi[sz]ation|people|time|brain)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotATopic();
}
