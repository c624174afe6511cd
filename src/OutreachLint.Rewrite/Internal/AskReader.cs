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

    /// <summary>
    /// The request as a gerund phrase that can be the subject of a sentence ("Could you forward this note to your CFO?" →
    /// "forwarding this note to your CFO"), or null when the sentence does not open an ask this way.
    /// </summary>
    public static string? Gerund(string body)
    {
        var match = AskOpener().Match(body);
        if (!match.Success)
        {
            return null;
        }

        var vp = Phrase.Tidy(AskEnd().Split(match.Groups["vp"].Value)[0]);
        var space = vp.IndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var verb = vp[..space];
        if (!VerbWord().IsMatch(verb) || NotAVerb().IsMatch(verb))
        {
            return null;
        }

        var gerund = verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? verb.ToLowerInvariant() : VerbForms.Gerund(verb.ToLowerInvariant());
        var rest = AndVerb().Replace(vp[space..], m => " and " + VerbForms.Gerund(m.Groups["v"].Value));
        return gerund + rest;
    }

    /// <summary>True when <paramref name="working"/> names a call, demo, coffee or other meeting.</summary>
    public static bool MentionsMeeting(string working) => MeetingNoun().IsMatch(working);

    /// <summary>The meeting phrase: duration (or the kind of meeting), people, place and time, in that order.</summary>
    public static string Meeting(string sentence, string working, string? duration, string? when)
    {
        var parts = new List<string>();
        var match = MeetingNoun().Match(working);
        var noun = !match.Success ? "call" : match.Value.StartsWith("meet", StringComparison.OrdinalIgnoreCase) ? "meeting"
            : char.IsUpper(match.Value[0]) && match.Index > 0 ? match.Value : match.Value.ToLowerInvariant();
        if (duration is not null && duration.Contains('-'))
        {
            parts.Add("a " + duration + " " + noun);
        }
        else if (duration is not null)
        {
            parts.Add(duration);
        }
        else
        {
            parts.Add(match.Success ? "a " + noun : "a short call");
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
            // "our CEO, David Park" keeps its appositive commas; the renderer drops the closing one before a full stop.
            var who = Phrase.Tidy(people.Groups["who"].Value);
            parts.Add("with " + (who.Contains(',') ? who + "," : who));
        }

        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"(?:\bif\s+you\s+could\s+(?:(?:spare|find|take)\s+(?:a|some)\s+(?:moment|minute|time)\s+to\s+)?|\b(?:could|would|can|will|might)\s+(?:you|u)\s+(?:please\s+|kindly\s+|perhaps\s+|possibly\s+|just\s+|also\s+)*(?:(?:spare|find|take)\s+(?:a|some)\s+(?:moment|minute|time)\s+to\s+)?(?:(?:be\s+(?:willing|able|happy|open|kind\s+enough|up\s+for|ok|okay|prepared)|mind|consider|care|agree)\s+(?:to\s+)?)?|\b(?:grateful|appreciate\s+it|appreciate|love\s+it|thrilled|delighted|helpful|brilliant|great)\s+if\s+you\s+(?:could|would|'d|’d|might)\s+(?:be\s+(?:willing|able)\s+to\s+)?|\bany\s+chance\s+(?:you\s+could|I\s+could\s+get\s+you\s+to)\s+|\b(?:is\s+there\s+any\s+way|would\s+it\s+be\s+possible\s+for)\s+you\s+(?:could\s+|to\s+)?|\bI\s+was\s+hoping\s+you\s+(?:might|could|would)\s+(?:be\s+able\s+to\s+)?|\brequest\s+you\s+to\s+(?:kindly\s+|please\s+)?|^(?:kindly|please|pls|plz)\s+(?:do\s+)?(?:(?:could|would|can|will)\s+(?:you|u)\s+)?|\bdo\s+you\s+mind\s+)(?<vp>[a-z][^?]*)", RegexOptions.IgnoreCase)]
    private static partial Regex AskOpener();

    [GeneratedRegex(@"\s+(?:so\s+(?:that\s+)?(?:I|we)\b|because\b|as\s+I\b)|\s[—–]\s|;|,\s*(?:that'?d|it\s+would|which|I\b|so\b|(?:thx|thanks|ty|cheers|ta)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AskEnd();

    [GeneratedRegex(@"^[a-z]+$")]
    private static partial Regex VerbWord();

    // "Do you mind if I send…" opens a clause, not a verb phrase to turn into "-ing"; nor does a modal ("could u forward…").
    [GeneratedRegex(@"^(?:if|that|when|whether|me|us|my|our|the|a|an|to|could|would|can|will|should|might|may|must)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAVerb();

    [GeneratedRegex(@"\s+and\s+(?<v>tell|send|share|let|give|report|forward|introduce|put|pass|connect|leave|rate|fill|review|sign|explain|add|copy|reply|answer|write|post|recommend|mention|suggest)\b")]
    private static partial Regex AndVerb();

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

    [GeneratedRegex(@"\b(?:video call|call(?!\s+(?:centre|center|recording|volumes?|handling|queues?))|chat|coffee|demo|meeting|meet|walkthrough|conversation|catch-up|lunch|discussion|session|Zoom|Teams call|appointment|visit|sit-down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingNoun();

    [GeneratedRegex(@"\b(?:(?:when|while)\s+(?:I'm|I am|we're|we are|I’m|we’re)|I(?:'ll|’ll|\s+will)\s+be|we(?:'ll|’ll|\s+will)\s+be)\s+in\s+(?<p>[A-Z][\w-]*(?:\s[A-Z][\w-]*)*)")]
    private static partial Regex Place();

    [GeneratedRegex(@"\bwith\s+(?<who>(?:(?:our|my)\s+)?(?:[A-Z]{2,5}\s*,?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|(?:our|my)\s+[A-Z]{2,5})")]
    private static partial Regex People();
}
