using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Finds runs of capitalised words (names) and all-capitals words (acronyms) outside already-found entities.</summary>
internal static partial class NameScanner
{
    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal)
    {
        "I", "I'm", "I'd", "I've", "I'll", "We", "We're", "We'd", "We've", "We'll", "Our", "Us", "You", "You're", "Your",
        "The", "A", "An", "It", "It's", "This", "That", "These", "Those", "Just", "Hi", "Hello", "Hey", "Dear", "Thanks",
        "Also", "And", "But", "So", "If", "Or", "Please", "Let's", "Let", "Can", "Could", "Would", "Will", "Do", "Does",
        "Is", "Are", "My", "Any", "As", "At", "In", "On", "For", "With", "To", "From", "By", "What", "How", "Why", "When",
        "Who", "Happy", "Quick", "Great", "Sure", "Yes", "No", "Not", "Since", "Given", "After", "Before", "Best", "Regards",
        "Cheers", "PS", "OK", "ASAP", "FYI", "EOD", "TBD", "AM", "PM",
    };

    /// <summary>True for a capitalised word that starts sentences rather than names ("Our", "The", "Could").</summary>
    public static bool IsLeadingWord(string word) => Leading.Contains(word);

    /// <summary>Name and acronym entities of <paramref name="text"/> that do not overlap <paramref name="taken"/>.</summary>
    public static IEnumerable<RewriteEntity> Scan(string text, IReadOnlyList<RewriteEntity> taken)
    {
        var run = new List<Match>();
        var previousEnd = -1;
        foreach (Match token in TokenPattern().Matches(text))
        {
            var capitalised = char.IsUpper(token.Value[0])
                && !taken.Any(e => token.Index < e.Start + e.Text.Length && e.Start < token.Index + token.Length);
            var joined = run.Count > 0 && previousEnd >= 0 && text[previousEnd..token.Index] == " ";
            if (!capitalised || !joined)
            {
                foreach (var entity in Close(text, run))
                {
                    yield return entity;
                }

                run.Clear();
            }

            previousEnd = token.Index + token.Length;
            if (capitalised && (run.Count > 0 || !Leading.Contains(Clean(token.Value))))
            {
                run.Add(token);
                if (IsPossessive(token.Value))
                {
                    previousEnd = -1;
                }
            }
        }

        foreach (var entity in Close(text, run))
        {
            yield return entity;
        }
    }

    private static IEnumerable<RewriteEntity> Close(string text, List<Match> run)
    {
        if (run.Count == 0)
        {
            yield break;
        }

        var atSentenceStart = text[..run[0].Index].All(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '‘');
        if (atSentenceStart && run.Count < 2)
        {
            yield break;
        }

        var start = run[0].Index;
        var last = run[^1];
        var value = text[start..(last.Index + last.Length)];
        value = Clean(value);
        if (value.Length == 0 || (run.Count == 1 && Leading.Contains(value)))
        {
            yield break;
        }

        var isAcronym = run.Count == 1 && value.Length >= 2 && value.All(c => char.IsUpper(c) || char.IsDigit(c));
        yield return new RewriteEntity(isAcronym ? RewriteEntityKind.Acronym : RewriteEntityKind.Name, value, start);
    }

    private static bool IsPossessive(string token) =>
        token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal);

    private static string Clean(string token)
    {
        var value = token.TrimEnd('.', '\'', '’', '-');
        if (IsPossessive(value))
        {
            value = value[..^2];
        }

        return value;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’&.\-]*")]
    private static partial Regex TokenPattern();
}
