using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>
/// Reads a favour-ask whose favour reaches someone else: an introduction, a referral, a forward, a name. Its honest
/// rewrite says what that person gets ("If cutting fuel costs matters to your fleet manager, an introduction would let
/// me show them how…"); the generic favour templates would promise the reader a benefit that only the third person gets.
/// </summary>
internal static partial class ReferralReader
{
    private const string Introduction = "an introduction";
    private const string Name = "their name";

    // In order: the first shape that finds a person and a favour wins. The person is "who" and "x" of the match, after
    // Before; a shape whose favour is "" takes it from later in the sentence.
    private static readonly (Regex Pattern, string Before, Func<Match, string> Handoff)[] Shapes =
    [
        (SomeoneYouKnow(), "", m => FavourNoun(m.Groups["v"].Value)),
        (IfSomeoneMightBenefit(), "", _ => ""),
        (KnowSomeone(), "", _ => ""),
        (Intro(), "", _ => Introduction),
        (Refer(), "", m => FavourNoun(m.Groups["v"].Value)),
        (Forward(), "", ForwardPhrase),
        (LoopIn(), "", m => m.Value.StartsWith("loop", StringComparison.OrdinalIgnoreCase) ? "looping them in" : "copying them in"),
        (IsThereSomeone(), "", _ => Name),
        (TheRightPerson(), "", NameOrNames),
        (Owner(), "whoever ", _ => Name),
        (Pointer(), "", _ => Name),
    ];

    /// <summary>
    /// The person wanted (<c>Third</c>, "whoever manages your fleet") and the favour as a phrase that can be a sentence's
    /// subject (<c>Handoff</c>, "an introduction", "forwarding this note to them"), or null when the ask is not for someone else.
    /// </summary>
    public static (string Third, string Handoff)? Read(string working)
    {
        foreach (var (pattern, before, handoff) in Shapes)
        {
            if (pattern.Match(working) is not { Success: true } match)
            {
                continue;
            }

            // A person named first and the favour later ("If you know anyone at X…, a referral would be great").
            var favour = handoff(match);
            if (favour.Length == 0 && Favour().Match(working, match.Index + match.Length) is { Success: true } later)
            {
                favour = FavourNoun(later.Value);
            }

            if (favour.Length > 0 && Person($"{before}{match.Groups["who"].Value} {match.Groups["x"].Value}", favour) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static (string Third, string Handoff)? Person(string text, string handoff)
    {
        var person = Phrase.Tidy(PersonEnd().Split(text)[0]);
        // "anyone in hospitality who might be interested in what we do": the rewrite says what matters to them instead.
        // A clause naming something ("…who might benefit from SafeRoute") stays, so the rewrite keeps every name.
        if (Interested().Match(person) is { Success: true } interested && !person[interested.Index..].Any(char.IsUpper))
        {
            person = Phrase.Tidy(person[..interested.Index]);
        }

        return person.Length == 0 || Pronoun().IsMatch(person) ? null : (person, handoff);
    }

    private static string FavourNoun(string verb) =>
        verb.StartsWith("refer", StringComparison.OrdinalIgnoreCase) ? "a referral"
        : verb.StartsWith("recommend", StringComparison.OrdinalIgnoreCase) ? "a recommendation"
        : Introduction;

    // "the decision-makers on your committee" want their names, "the right person" their name.
    private static string NameOrNames(Match m)
    {
        var who = m.Groups["who"].Value;
        return who.EndsWith('s') || who.EndsWith("people", StringComparison.OrdinalIgnoreCase) ? "their names" : Name;
    }

    // "sharing our brochure with them", "forwarding this note to them": what is passed on stays in the rewrite.
    private static string ForwardPhrase(Match m)
    {
        var verb = m.Groups["v"].Value.ToLowerInvariant();
        var gerund = verb == "fwd" ? "forwarding" : verb.EndsWith("ing", StringComparison.Ordinal) ? verb : VerbForms.Gerund(verb);
        return $"{gerund} {Phrase.Tidy(m.Groups["what"].Value)} {(gerund == "sharing" ? "with" : "to")} them";
    }

    // The person patterns that scan ahead lazily are bounded ({0,120}): unbounded, a hostile 100 KB "sentence" of repeated
    // "anyone" took time quadratic in its length (0.5 s at 4,000 words); bounded, 16,000 words take 0.2 s.
    // "anyone at Kessler Construction you could introduce me to", "any hospitals in your network you'd be happy to refer us to".
    [GeneratedRegex(@"\b(?!any\s+(?:chance|way|possibility|hope|time)\b)(?<x>(?:anyone|someone|somebody|anybody|any\s+other|any|a\s+few|a\s+couple\s+of|one\s+or\s+two|two\s+or\s+three|other)\b[^,;?!]{0,120}?)\s+(?:that\s+|whom\s+)?you(?:'d|’d|\s+would|\s+could|\s+might|\s+can)?\s+(?:be\s+(?:happy|willing|able|comfortable)\s+to\s+)?(?<v>introduce|refer|recommend|connect|put)\s+(?:me|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneYouKnow();

    // "If a couple of your peers at other councils might benefit from this, …a referral".
    [GeneratedRegex(@"^\s*if\s+(?<x>(?:anyone|someone|any|a\s+few|a\s+couple\s+of|one\s+or\s+two|some|other|your)\b[^,;?!]{0,120}?)\s+(?:might|may|could|would|will)\s+(?:benefit|be\s+interested|find|like|want|need|get\s+use)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IfSomeoneMightBenefit();

    // "If you know anyone at Harlow Foods who…, I'd be grateful for a referral": the person, and then the favour.
    [GeneratedRegex(@"\b(?:know|think\s+of)\s+(?:of\s+)?(?<x>(?:anyone|someone|anybody|somebody|any\s+other|any)\b[^,;?!]{0,160})", RegexOptions.IgnoreCase)]
    private static partial Regex KnowSomeone();

    [GeneratedRegex(@"\b(?:referr?\w*|recommend\w*|intro(?:duc\w*)?|put\s+(?:me|us)\s+in\s+touch|pass\s+(?:my|our)\s+(?:name|details))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Favour();

    [GeneratedRegex(@"\b(?:(?:intro(?:duc\w*)?|connect\w*)\s+(?:me|us)\s+(?:to|with)|put(?:ting)?\s+(?:me|us)\s+in\s+touch\s+with|get(?:ting)?\s+(?:me\s+|us\s+)?in\s+front\s+of|intro(?:duction)?s?\s+to)\s+(?<x>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex Intro();

    [GeneratedRegex(@"\b(?:(?<v>refer(?:ring)?|recommend(?:ing)?)\s+(?:me|us)|(?<v>referral|recommendation)s?)\s+to\s+(?<x>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex Refer();

    [GeneratedRegex(@"\b(?<v>forward(?:ing)?|fwd|pass(?:ing)?|send(?:ing)?|give|giving|mention(?:ing)?|share|sharing)\s+(?<what>(?:this|it|(?:my|our|the)(?=\s))(?:\s+(?!(?:on|along|to|with|that|which|who|of)\b)[\w-]+){0,4}?)(?:\s+(?:on|along))?\s+(?:to|with)\s+(?<x>(?!(?:me|us)\b).+)", RegexOptions.IgnoreCase)]
    private static partial Regex Forward();

    [GeneratedRegex(@"\b(?:(?:loop(?:ing)?|copy(?:ing)?)\s+in\s+(?<x>.+)|(?:cc|copy)\s+(?!in\b)(?<x>.{1,120}?)\s+(?:on|in|into)\s+(?:this|the|your|my|our)(?:\s+(?:thread|reply|email|e-mail|chain|conversation))?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LoopIn();

    // "Is there someone at Baxter Construction who handles tendering…?": the whole description is the person.
    [GeneratedRegex(@"\bis\s+there\s+(?<x>(?:someone|anyone|somebody|anybody)\b.+)", RegexOptions.IgnoreCase)]
    private static partial Regex IsThereSomeone();

    // "who the right person is for X", "who would be the best contact for X", "the right person to speak with regarding X".
    [GeneratedRegex(@"\b(?:who(?:'s|’s|\s+is|\s+would\s+be)\s+|who\s+(?=the\s+\w+\s+\w+\s+(?:is|are|would\s+be)\b))?(?<who>the\s+(?:(?:right|best)\s+(?:person|people|contact)|decision[- ]makers?))(?:\s+(?:is|are|would\s+be))?\s+(?<x>(?:for|regarding|about|on|to\s+(?:talk|speak)\s+(?:to|with))\b.+)", RegexOptions.IgnoreCase)]
    private static partial Regex TheRightPerson();

    // "who handles vendor onboarding" → "whoever handles vendor onboarding".
    [GeneratedRegex(@"\bwho(?:ever)?(?:\s+on\s+your\s+(?:side|team|end))?\s+(?<who>(?:handles|owns|runs|manages|oversees|buys|approves|does|deals\s+with|looks\s+after|is\s+responsible\s+for|is\s+in\s+charge\s+of|decides\s+on|signs\s+off\s+on|makes\s+(?:the\s+(?:final\s+)?)?(?:call|decisions?)\s+(?:on|about))\s+)(?<x>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    [GeneratedRegex(@"\b(?:point|direct)(?:ing)?\s+(?:me|us)\s+(?:to|towards|in\s+the\s+(?:right\s+)?direction\s+of)\s+(?<x>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex Pointer();

    // Where the person's description ends: a clause, a channel, a time, a verb of the main clause ("…your CIO would be
    // great"; not inside "the person who is…"). An appositive name keeps its commas ("your principal, Mrs. Adeyemi, when…").
    [GeneratedRegex(@"(?:,(?!\s+(?:(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?(?:,|\s*[?.!]?\s*$)|(?:your|the|our|their)\s+[^,;?!]{1,60},))|[;?!:]|\s[—–-]\s|\s+(?:and\s+(?:(?:perhaps|maybe|possibly|also|then)\s+)?(?:let|tell|send|get|ask|see|forward|fwd|pass|share|introduce|cc|copy|loop|put|connect|give|mention)|so\s+(?:that\s+)?(?:I|we)|because|as\s+(?:I|we|they|she|he|our)|since|if|when|please|pls|plz|(?:even\s+)?though|although|these\s+days|nowadays|(?:I|i|we)\s+(?:should|could|can|might|need\s+to)|(?:over|by|via|on)\s+(?:email|e-mail|(?:the\s+)?phone)|on\s+(?:this|the|my|our)\s+(?:thread|email|e-mail|note|chain|conversation|call))\b|(?<!\b(?:who|that|which))\s+(?:would|will|could|might|is|are)\s+(?:be|mean|make|help)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonEnd();

    [GeneratedRegex(@"\s+(?:who|that)\s+(?:might|may|could|would|will)\s+(?:be\s+(?:interested|keen|open)|benefit|find|like|want|need|value|appreciate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Interested();

    [GeneratedRegex(@"^(?:them|him|her|you|me|us|it|this|that|their\s+way)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();
}
