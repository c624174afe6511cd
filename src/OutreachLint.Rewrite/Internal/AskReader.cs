using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Reads what a favour-ask wants: a non-meeting request (intro, feedback, reply) or a meeting with its length, place and time.</summary>
internal static partial class AskReader
{
    /// <summary>The non-meeting request in <paramref name="working"/> as a noun phrase, or null.</summary>
    public static string? Request(string working)
    {
        if (Intro().Match(working) is { Success: true } intro)
        {
            return "an intro to " + Phrase.NounPhrase(intro.Groups["x"].Value);
        }

        if (Pointer().Match(working) is { Success: true } pointer)
        {
            return "the name of " + Phrase.NounPhrase(pointer.Groups["x"].Value);
        }

        if (Owner().Match(working) is { Success: true } owner)
        {
            return "the name of the person who " + owner.Groups["v"].Value.ToLowerInvariant() + " " + Phrase.NounPhrase(owner.Groups["x"].Value);
        }

        if (Feedback().Match(working) is { Success: true } feedback)
        {
            return "your feedback on " + Phrase.NounPhrase(feedback.Groups["x"].Value);
        }

        if (Referral().Match(working) is { Success: true } referral)
        {
            return "a referral to " + Phrase.NounPhrase(referral.Groups["x"].Value);
        }

        return Reply().IsMatch(working) ? "a quick reply" : null;
    }

    /// <summary>True when <paramref name="working"/> names a call, demo, coffee or other meeting.</summary>
    public static bool MentionsMeeting(string working) => MeetingNoun().IsMatch(working);

    /// <summary>The meeting phrase: duration (or the kind of meeting), people, place and time, in that order.</summary>
    public static string Meeting(string sentence, string working, string? duration, string? when)
    {
        var parts = new List<string>();
        var noun = MeetingNoun().Match(working);
        if (duration is not null && duration.Contains('-'))
        {
            parts.Add("a " + duration + " " + (noun.Success ? noun.Value.ToLowerInvariant() : "call"));
        }
        else if (duration is not null)
        {
            parts.Add(duration);
        }
        else
        {
            parts.Add(noun.Success ? "a " + noun.Value.ToLowerInvariant() : "a short call");
        }

        if (Place().Match(sentence) is { Success: true } place)
        {
            parts.Add("in " + place.Groups["p"].Value);
        }

        if (when is not null)
        {
            parts.Add(when);
        }

        if (People().Match(sentence) is { Success: true } people)
        {
            parts.Add("with " + Phrase.Tidy(people.Groups["who"].Value.Replace(",", "", StringComparison.Ordinal)));
        }

        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"\b(?:(?:introduc\w*|connect)\s+(?:me|us)\s+(?:to|with)|(?:an?\s+)?(?:intro|introduction)\s+to)\s+(?<x>[^,;?!]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Intro();

    [GeneratedRegex(@"\bpoint\s+(?:me|us)\s+(?:to|towards|in\s+the\s+direction\s+of)\s+(?<x>[^,;?!]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Pointer();

    [GeneratedRegex(@"\bwho\s+(?<v>handles|owns|runs|looks\s+after|is\s+responsible\s+for|decides\s+on)\s+(?<x>[^,;?!]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    [GeneratedRegex(@"\b(?:feedback|thoughts|input|comments)\b(?:\s+\w+){0,4}?\s+(?:on|about)\s+(?<x>[^,;?!]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Feedback();

    [GeneratedRegex(@"\brefer\s+(?:me|us)\s+to\s+(?<x>[^,;?!]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Referral();

    [GeneratedRegex(@"\b(?:get\s+back\s+to\s+(?:me|us)|reply|respond|hear\s+back|let\s+me\s+know)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reply();

    [GeneratedRegex(@"\b(?:call|chat|coffee|demo|meeting|walkthrough|conversation|catch-up|lunch|video call)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingNoun();

    [GeneratedRegex(@"\b(?:when|while)\s+(?:I'm|I am|we're|we are|I’m|we’re)\s+in\s+(?<p>[A-Z][\w-]*(?:\s[A-Z][\w-]*)*)")]
    private static partial Regex Place();

    [GeneratedRegex(@"\bwith\s+(?<who>(?:(?:our|my)\s+)?(?:[A-Z]{2,5}\s*,?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|(?:our|my)\s+[A-Z]{2,5})")]
    private static partial Regex People();
}
