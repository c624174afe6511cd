using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Reads what a disguised-selling sentence is really about: the reader's topic or the purpose after the disguise.</summary>
internal static partial class DisguiseReader
{
    /// <summary>Adds <c>topic</c> or <c>purpose</c> to <paramref name="slots"/> from <paramref name="working"/> (time phrases blanked).</summary>
    public static void Read(string working, IDictionary<string, string> slots)
    {
        var last = Disguise().Matches(working).LastOrDefault();
        var rest = last is null ? working : working[(last.Index + last.Length)..];
        string previous;
        do
        {
            previous = rest;
            rest = Filler().Replace(Phrase.Tidy(rest), "", 1);
        }
        while (rest != previous);

        var how = How().Match(rest);
        if (how.Success)
        {
            slots[RewriteSlots.Purpose] = "to " + Phrase.NounPhrase(how.Groups["vp"].Value);
            return;
        }

        var lead = last is null ? Match.Empty : Lead().Match(rest);
        if (lead.Success && lead.Groups["to"].Success)
        {
            slots[RewriteSlots.Purpose] = "to " + Phrase.NounPhrase(lead.Groups["rest"].Value);
            return;
        }

        if (lead.Success)
        {
            var np = WithoutSellersTail(Phrase.NounPhrase(lead.Groups["rest"].Value));
            if (np.Length > 0)
            {
                slots[RewriteSlots.Topic] = np;
                return;
            }
        }

        if (Phrase.Topic(working) is { } topic && WithoutSellersTail(topic) is { Length: > 0 } mine)
        {
            slots[RewriteSlots.Topic] = mine;
        }
    }

    /// <summary>
    /// The reader's topic stops where the seller's own product comes in: "Patel Agro on bringing our soil kits to your
    /// growers" → "Patel Agro". The product has a slot of its own, so keeping it here would say it twice; and the clause
    /// that leads to it ("who want to adopt", "to join", "by rolling out") is the seller's plan, not the reader's topic.
    /// </summary>
    private static string WithoutSellersTail(string topic)
    {
        var our = Phrase.Our().Match(topic);
        if (!our.Success)
        {
            return topic;
        }

        var before = topic[..our.Index];
        if (ClauseStart().Match(before) is { Success: true } clause)
        {
            before = before[..clause.Index];
        }

        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (Dangling().IsMatch(words[^1]) || IsGerund(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "your accounts dept and roll (out our …)": the verb joined by "and" is the seller's plan too.
        if (words.Count > 2 && words[^2].Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveRange(words.Count - 2, 2);
        }

        return Phrase.Tidy(string.Join(' ', words));
    }

    private static bool IsGerund(string word) => word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:(?:work(?:ing)?|build(?:ing)?\s+something(?:\s+\w+)?|grow(?:ing)?|do(?:ing)?\s+(?:great\s+)?things)\s+together|partner(?:ing|ships?|s|ed)?(?:\s+up)?|collaborat\w*|synerg\w*|opportunit\w*|explor\w*(?:\s+(?:ways|whether|if))?|mutually\s+beneficial\s+(?:relationship|partnership)|(?:aligned|shared)\s+visions?|visions?\s+(?:are|is)\s+(?:so\s+|very\s+|really\s+)?aligned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disguise();

    [GeneratedRegex(@"^(?:,|together|with\s+(?:you(?:\s+and\s+your\s+team)?|us|your\s+team|each\s+other)|between\s+(?:us|our\s+(?:two\s+)?(?:teams|companies))|for\s+(?:both\s+of\s+us|us\s+both)|especially|particularly|here|there|and|that|—|–|-)(?=\W|$)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@":|\s(?:who|who'd|who’d|that|which|to)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseStart();

    [GeneratedRegex(@"^(?:on|for|to|with|through|into|onto|by|of|in|at|and|or|using|via|out|up|over|run|runs|centred|centered|based|built|focused)$", RegexOptions.IgnoreCase)]
    private static partial Regex Dangling();

    [GeneratedRegex(@"^how\s+(?<who>.+?)\s+(?:could|can|might|would|will)\s+(?:help\s+(?:you\s+)?)?(?<vp>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex How();

    [GeneratedRegex(@"^(?:(?<to>to)|on|for|around|about|in|into|with|across|regarding)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();
}
