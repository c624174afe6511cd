namespace OutreachLint.Core;

/// <summary>
/// Splits author text into sentences with exact spans. Email prose is messy: hard-wrapped lines, bullets without
/// punctuation, greetings on their own line, "e.g.", "Q3.", URLs and lower-cased mailing-list text all have to come out
/// as the sentences a reader would see.
/// </summary>
public sealed class SentenceSegmenter
{
    // A hard-wrapped paragraph has long lines; a line shorter than this is an intentional break (greeting, list, sign-off).
    private const int ShortLine = 45;

    // Never end a sentence: titles and Latin or technical abbreviations that always precede more words.
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "eg", "ie", "vs", "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "approx", "no", "nos", "dept",
        "fig", "tel", "ext", "mt", "cf", "viz", "ca",
    };

    // End a sentence only when a capitalised word follows: "Acme Inc. Next" ends, "Acme Inc. and" does not.
    private static readonly HashSet<string> SometimesFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "inc", "ltd", "co", "corp", "est", "ave", "u.s", "u.k", "a.m", "p.m", "pvt", "al",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>The sentences of <paramref name="text"/> in order; whitespace-only and punctuation-only pieces are dropped.</summary>
    public IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBoundaryAfter(text, i))
            {
                Add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static bool IsBoundaryAfter(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
        {
            return IsLineBreakBoundary(text, i);
        }

        if (!IsTerminal(c) && !IsCloser(c) || i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
        {
            return false; // "3.5", "example.com" and "?!" runs end only at their last mark.
        }

        // Walk back over the run of marks and closers ("?!", ".\"", "…)") to find the mark that ends the sentence.
        var runStart = i;
        while (runStart > 0 && (IsTerminal(text[runStart - 1]) || IsCloser(text[runStart - 1])))
        {
            runStart--;
        }

        var firstMark = -1;
        for (var k = runStart; k <= i && firstMark < 0; k++)
        {
            firstMark = IsTerminal(text[k]) ? k : -1;
        }

        if (firstMark < 0)
        {
            return false;
        }

        var singlePeriod = text[firstMark] == '.' && (firstMark + 1 > i || !IsTerminal(text[firstMark + 1]));
        return !singlePeriod || !EndsWithAbbreviation(text, firstMark) && !IsTokenisedDot(text, firstMark);
    }

    /// <summary>
    /// Mailing-list dumps space out every dot: "www . acme . com", "$ 8 . 6 million". A spaced dot between digits, after
    /// "www" or before a top-level domain joins its neighbours instead of ending a sentence.
    /// </summary>
    private static bool IsTokenisedDot(string text, int period)
    {
        if (period < 2 || period + 2 >= text.Length || text[period - 1] != ' ' || text[period + 1] != ' ')
        {
            return false;
        }

        var before = text[..(period - 1)].Split(' ', '\n')[^1];
        var afterEnd = period + 2;
        while (afterEnd < text.Length && char.IsLetterOrDigit(text[afterEnd]))
        {
            afterEnd++;
        }

        var after = text[(period + 2)..afterEnd];
        return before.Length > 0 && after.Length > 0 && (
            char.IsDigit(before[^1]) && char.IsDigit(after[0])
            || before.Equals("www", StringComparison.OrdinalIgnoreCase)
            || TopLevelDomains.Contains(after));
    }

    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "edu", "gov", "co", "uk", "io", "biz", "info", "us", "ca", "de", "html", "htm", "asp", "pdf",
    };

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’';

    private static bool EndsWithAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial, as in "J. Smith"
        }

        if (word.Length is > 0 and <= 3 && word.All(char.IsDigit) && text.AsSpan(text.LastIndexOf('\n', Math.Max(wordStart - 1, 0)) + 1, wordStart - (text.LastIndexOf('\n', Math.Max(wordStart - 1, 0)) + 1)).IsWhiteSpace())
        {
            return true; // a list number, as in "1. Confirm the volumes"
        }

        if (NeverFinal.Contains(word))
        {
            return true;
        }

        var next = period + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return SometimesFinal.Contains(word) && next < text.Length && !char.IsUpper(text[next]);
    }

    private static bool IsLineBreakBoundary(string text, int newline)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(newline - 1, 0)) + 1;
        if (newline > 0 && text[newline - 1] == '\n')
        {
            return true;
        }

        var line = text.AsSpan(lineStart, newline - lineStart).Trim();
        var nextEnd = text.IndexOf('\n', newline + 1);
        var nextLine = text.AsSpan(newline + 1, (nextEnd < 0 ? text.Length : nextEnd) - newline - 1).Trim();
        if (line.IsEmpty || nextLine.IsEmpty || StartsWithBullet(nextLine) || StartsWithBullet(line))
        {
            return true;
        }

        // A short line before a capitalised one is an intentional break (greeting, heading, list); a short line before a
        // lower-case one is a hard wrap in the middle of a sentence.
        return line[^1] is ':' or ';' || line.Length < ShortLine && (char.IsUpper(nextLine[0]) || char.IsDigit(nextLine[0]));
    }

    private static bool StartsWithBullet(ReadOnlySpan<char> line) =>
        line.Length > 1 && (line[0] is '-' or '*' or '•' or '–' or '·' or '>' && line[1] == ' '
            || char.IsDigit(line[0]) && line.Length > 2 && line[1] is '.' or ')' && line[2] == ' ');

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var hasWord = false;
        for (var i = start; i < end && !hasWord; i++)
        {
            hasWord = char.IsLetterOrDigit(text[i]);
        }

        if (hasWord)
        {
            sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end - start), text[start..end]));
        }
    }
}
