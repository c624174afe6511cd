using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>
/// Turns the entities of a sentence into short noun phrases and lists them naturally ("Kumar Textiles and the Tiruppur
/// cluster", "your 2,000 store associates"), so a generic rewrite can keep every fact without the original's framing.
/// </summary>
internal static partial class FactPhrases
{
    private const int MaxModifiers = 4;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "your", "a", "an", "their", "its", "this", "these", "those", "every", "each", "both", "all", "his", "her",
    };

    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "over", "nearly", "almost", "about", "around", "roughly", "some", "just", "under", "than", "more", "fewer", "less",
    };

    private static readonly HashSet<string> Chains = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "in", "across", "at", "from" };

    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "for", "to", "from", "with", "by", "about", "across", "into", "of", "after", "before", "since", "during",
        "between", "through", "within", "without", "per", "via", "like", "and", "or", "but", "so", "that", "which", "who", "whom",
        "whose", "where", "when", "while", "because", "as", "if", "than", "then", "is", "are", "was", "were", "be", "been", "being",
        "has", "have", "had", "will", "would", "could", "can", "might", "should", "may", "must", "do", "does", "did", "i", "we",
        "you", "they", "it", "us", "me", "them", "he", "she", "our", "my", "feel", "feels", "seem", "seems", "make", "makes",
        "made", "lines", "love", "like", "want", "wants", "think", "believe", "hope", "get", "see", "up", "out", "together",
        "alongside", "here", "there", "not", "just", "also", "already", "now", "really", "very", "so", "too",
    };

    /// <summary>The phrases for the entities of <paramref name="sentence"/> not inside any of <paramref name="covered"/>, as one list, or null when none is left.</summary>
    public static string? List(string sentence, IEnumerable<string> covered)
    {
        var keep = covered.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        var words = Word().Matches(sentence).ToList();
        var spans = RewriteEntities.Find(sentence)
            .Where(e => !keep.Any(c => c.Contains(e.Text, StringComparison.OrdinalIgnoreCase)))
            .Select(e => Expand(sentence, words, e))
            .OrderBy(s => s.Start)
            .ToList();
        if (spans.Count == 0)
        {
            return null;
        }

        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && (span.Start <= merged[^1].End || Joiner().IsMatch(sentence[merged[^1].End..span.Start])))
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        var phrases = merged.Select(m => Phrase.Tidy(sentence[m.Start..m.End])).Where(p => p.Length > 0).Distinct().ToList();
        return phrases.Count switch
        {
            0 => null,
            1 => phrases[0],
            _ => string.Join(", ", phrases.Take(phrases.Count - 1)) + " and " + phrases[^1],
        };
    }

    private static (int Start, int End) Expand(string sentence, List<Match> words, RewriteEntity entity)
    {
        var start = entity.Start;
        var end = entity.Start + entity.Text.Length;
        var before = words.Where(w => w.Index + w.Length <= start).Reverse().ToList();
        var after = words.Where(w => w.Index >= end).ToList();

        var left = ExtendLeft(sentence, before, start, out var hasDeterminer);
        if (!hasDeterminer && left == start && before.Count > 0 && Chains.Contains(before[0].Value) && Adjacent(sentence, before[0], start))
        {
            // "your sustainability targets for 2030": take the determiner phrase the preposition hangs from.
            var chained = ExtendLeft(sentence, before.Skip(1).ToList(), before[0].Index, out var chainDeterminer);
            if (chainDeterminer)
            {
                left = chained;
                hasDeterminer = true;
            }
        }

        var numeric = entity.Kind is RewriteEntityKind.Number or RewriteEntityKind.Money or RewriteEntityKind.Ratio;
        var right = end;
        var limit = numeric ? 3 : hasDeterminer && left != start ? 2 : 0;
        var previous = end;
        foreach (var word in after.Take(limit))
        {
            if (!Adjacent(sentence, previous, word.Index) || !IsModifier(word.Value) || Verbish().IsMatch(word.Value) || EndsCount(sentence[end..previous], word.Value))
            {
                break;
            }

            right = previous = word.Index + word.Length;
        }

        return (left, right);
    }

    private static int ExtendLeft(string sentence, List<Match> before, int start, out bool hasDeterminer)
    {
        hasDeterminer = false;
        var left = start;
        var tentative = start;
        var modifiers = 0;
        foreach (var word in before)
        {
            if (!Adjacent(sentence, word, tentative))
            {
                break;
            }

            if (Determiners.Contains(word.Value) || (Possessive().IsMatch(word.Value) && !Contraction().IsMatch(word.Value)))
            {
                hasDeterminer = true;
                return word.Index;
            }

            if (Qualifiers.Contains(word.Value))
            {
                left = tentative = word.Index;
                continue;
            }

            if (!IsModifier(word.Value) || ++modifiers > MaxModifiers)
            {
                break;
            }

            tentative = word.Index;
        }

        return left;
    }

    // "your 40 franchise locations run on…": a counted plural noun ends the phrase unless another plural follows ("20 sales reps").
    private static bool EndsCount(string taken, string next) =>
        taken.TrimEnd() is { Length: > 3 } t && t.EndsWith('s') && !next.EndsWith('s');

    private static bool IsModifier(string word) => char.IsLower(word[0]) && !Boundaries.Contains(word);

    private static bool Adjacent(string sentence, Match word, int next) => Adjacent(sentence, word.Index + word.Length, next);

    private static bool Adjacent(string sentence, int end, int next) => end <= next && sentence[end..next].All(c => c == ' ');

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’&\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"['’]s$")]
    private static partial Regex Possessive();

    // "there's scope for Kapoor Engineering" has no owner: these end in 's but are a pronoun and "is".
    [GeneratedRegex(@"^(?:there|it|that|here|what|who|where|he|she|let)['’]s$", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    [GeneratedRegex(@"(?:ing|ed|ly)$")]
    private static partial Regex Verbish();

    [GeneratedRegex(@"^(?:,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*)$")]
    private static partial Regex Joiner();
}
