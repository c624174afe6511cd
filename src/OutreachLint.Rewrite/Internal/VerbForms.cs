namespace OutreachLint.Rewrite.Internal;

/// <summary>English verb inflection just good enough for the goal verbs and "we VERB" claims the rewriter meets.</summary>
internal static class VerbForms
{
    /// <summary>Verbs that name a customer goal; a sentence with "you/your" and one of these states what the reader wants.</summary>
    public static IReadOnlyList<string> GoalVerbs { get; } =
    [
        "reduce", "cut", "grow", "save", "hit", "launch", "hire", "close", "increase", "improve", "lower", "shorten",
        "expand", "scale", "double", "win", "ship", "automate", "replace", "consolidate", "migrate", "reach",
        "boost", "onboard", "eliminate", "raise", "retain", "speed", "simplify", "modernise", "modernize", "finish",
    ];

    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "grew", "won", "built", "became", "made", "got", "hit", "cut", "raised", "went", "saw", "took", "was", "were", "had", "did",
    };

    /// <summary>The -ing form of a base verb ("cut" → "cutting", "hire" → "hiring").</summary>
    public static string Gerund(string verb)
    {
        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            return verb[..^2] + "ying";
        }

        if (verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && verb.Length > 2)
        {
            return verb[..^1] + "ing";
        }

        return DoublesFinalConsonant(verb) ? verb + verb[^1] + "ing" : verb + "ing";
    }

    /// <summary>The base verb for a goal verb's -ing form, or null when <paramref name="word"/> is not one.</summary>
    public static string? BaseOfGerund(string word) =>
        GoalVerbs.FirstOrDefault(v => string.Equals(Gerund(v), word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The third-person singular of a present-tense verb ("help" → "helps"); past tenses are returned unchanged.</summary>
    public static string ThirdPerson(string verb)
    {
        if (verb.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(verb) || verb.EndsWith('s'))
        {
            return verb;
        }

        if (verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('o'))
        {
            return verb + "es";
        }

        return verb.Length > 1 && verb.EndsWith('y') && !"aeiou".Contains(verb[^2]) ? verb[..^1] + "ies" : verb + "s";
    }

    // Longer verbs stressed on their last syllable double its consonant too: "referring", "submitting", "beginning".
    private static readonly HashSet<string> StressedOnLastSyllable = new(StringComparer.OrdinalIgnoreCase)
    {
        "refer", "prefer", "confer", "transfer", "occur", "admit", "commit", "submit", "permit", "omit", "regret", "forget",
        "begin", "equip", "control", "patrol", "compel", "expel", "propel", "upset", "kidnap", "format",
    };

    private static bool DoublesFinalConsonant(string verb)
    {
        if (StressedOnLastSyllable.Contains(verb))
        {
            return true;
        }

        // One-syllable consonant-vowel-consonant verbs double: cut, hit, win, ship, plan. Not w, x, y.
        if (verb.Length < 3 || verb.Length > 4)
        {
            return false;
        }

        var vowels = verb.Count(c => "aeiou".Contains(c));
        var last = verb[^1];
        return vowels == 1 && "aeiou".Contains(verb[^2]) && !"aeiouwxy".Contains(last);
    }
}
