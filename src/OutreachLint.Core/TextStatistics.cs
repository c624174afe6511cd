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
        foreach (Match match in WordPattern().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            words++;
            syllables += CountSyllables(word);
            if (word is "i" or "we" or "our" or "ours" or "us" or "me" or "my" or "i'm" or "we're" or "we've" or "we'd" or "i'd" or "we'll" or "i'll")
            {
                self++;
            }
            else if (word is "you" or "your" or "yours" or "you're" or "you've" or "you'd" or "you'll")
            {
                reader++;
            }
        }

        return new TextStatistics(words, Math.Max(sentenceCount, 1), syllables, self, reader);
    }

    private static int CountSyllables(string word)
    {
        var count = 0;
        var previousVowel = false;
        foreach (var c in word)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        if (word.EndsWith('e') && count > 1 && !word.EndsWith("le", StringComparison.Ordinal))
        {
            count--; // a silent final e
        }

        return Math.Max(count, 1);
    }

    [GeneratedRegex(@"[A-Za-z]+(?:'[A-Za-z]+)?")]
    private static partial Regex WordPattern();
}
