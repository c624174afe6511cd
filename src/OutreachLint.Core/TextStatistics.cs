using System.Text.RegularExpressions;

namespace OutreachLint.Core;

/// <summary>Word counts, pronoun balance and a Flesch–Kincaid grade for one author text.</summary>
public sealed partial record TextStatistics(int Words, int Sentences, int Syllables, int SelfPronouns, int ReaderPronouns)
{
    /// <summary>Flesch–Kincaid grade level; 0 for an empty text.</summary>
    public double Grade => Words == 0 || Sentences == 0
        ? 0
        : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>Counts the statistics of <paramref name="text"/> split into <paramref name="sentenceCount"/> sentences.</summary>
    public static TextStatistics Measure(string text, int sentenceCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0, syllables = 0, self = 0, reader = 0;
        // Every email of an audit passes through here: the words are read in place, not copied and lower-cased.
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            var word = text.AsSpan(match.Index, match.Length);
            words++;
            syllables += CountSyllables(word);
            if (IsAny(word, SelfWords))
            {
                self++;
            }
            else if (IsAny(word, ReaderWords))
            {
                reader++;
            }
        }

        return new TextStatistics(words, Math.Max(sentenceCount, 1), syllables, self, reader);
    }

    private static readonly string[] SelfWords = ["i", "we", "our", "ours", "us", "me", "my", "i'm", "we're", "we've", "we'd", "i'd", "we'll", "i'll"];

    private static readonly string[] ReaderWords = ["you", "your", "yours", "you're", "you've", "you'd", "you'll"];

    private static bool IsAny(ReadOnlySpan<char> word, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountSyllables(ReadOnlySpan<char> word)
    {
        var count = 0;
        var previousVowel = false;
        foreach (var c in word)
        {
            var vowel = char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        if (word.Length > 0 && char.ToLowerInvariant(word[^1]) == 'e' && count > 1 && !word.EndsWith("le", StringComparison.OrdinalIgnoreCase))
        {
            count--; // a silent final e
        }

        return Math.Max(count, 1);
    }

    [GeneratedRegex(@"[A-Za-z]+(?:'[A-Za-z]+)?")]
    private static partial Regex WordPattern();
}
