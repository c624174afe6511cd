using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>The trigger vocabulary a suggestion must not use, compiled once from the template file's "avoid" list.</summary>
internal sealed class AvoidList
{
    private readonly Regex _pattern;

    /// <summary>Compiles <paramref name="phrases"/>; a trailing "*" matches any word ending ("partner*").</summary>
    public AvoidList(IReadOnlyList<string> phrases)
    {
        Phrases = phrases;
        var alternatives = phrases.Select(ToPattern);
        _pattern = new Regex(@"\b(?:" + string.Join("|", alternatives) + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The phrases as written in the file.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>The first trigger phrase in <paramref name="text"/> outside the given protected spans, or null.</summary>
    public string? FirstMatch(string text, IEnumerable<string>? protectedTexts = null)
    {
        var masked = text;
        foreach (var keep in protectedTexts ?? [])
        {
            masked = masked.Replace(keep, new string('#', keep.Length), StringComparison.OrdinalIgnoreCase);
        }

        var match = _pattern.Match(masked);
        return match.Success ? match.Value : null;
    }

    private static string ToPattern(string phrase)
    {
        var wildcard = phrase.EndsWith('*');
        var core = wildcard ? phrase[..^1] : phrase;
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Regex.Escape(w).Replace("'", "['’]", StringComparison.Ordinal));
        return string.Join(@"\s+", words) + (wildcard ? @"\w*" : "");
    }
}
