using System.Text.RegularExpressions;
using OutreachLint.Rewrite.Internal;

namespace OutreachLint.Rewrite;

/// <summary>
/// Lists the facts in a sentence that a rewrite must keep: names, acronyms, numbers, money, dates, days, durations.
/// Shared by the rewriter, which refuses any output that drops one, and by tests and callers that check suggestions.
/// </summary>
public static partial class RewriteEntities
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    // Order is priority: an earlier kind wins a character it shares with a later one.
    private static readonly (RewriteEntityKind Kind, Regex Pattern)[] Patterns =
    [
        (RewriteEntityKind.Duration, DurationPattern()),
        (RewriteEntityKind.Money, MoneyPattern()),
        (RewriteEntityKind.Ratio, RatioPattern()),
        (RewriteEntityKind.Date, DatePattern()),
        (RewriteEntityKind.Time, TimePattern()),
        (RewriteEntityKind.Period, PeriodPattern()),
        (RewriteEntityKind.Day, DayPattern()),
        (RewriteEntityKind.Month, MonthPattern()),
        (RewriteEntityKind.Number, NumberPattern()),
    ];

    /// <summary>The entities of <paramref name="sentence"/>, in text order; a capitalised word opening the sentence counts only as part of a multiword name.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public static IReadOnlyList<RewriteEntity> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<RewriteEntity>();
        foreach (var (kind, pattern) in Patterns)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                var overlaps = found.Any(e => match.Index < e.Start + e.Text.Length && e.Start < match.Index + match.Length);
                if (!overlaps && !(kind == RewriteEntityKind.Month && match.Index == 0 && match.Value == "May"))
                {
                    found.Add(new RewriteEntity(kind, match.Value, match.Index));
                }
            }
        }

        found.AddRange(NameScanner.Scan(sentence, found));
        return [.. found.OrderBy(e => e.Start)];
    }

    /// <summary>The entities of <paramref name="original"/> that <paramref name="replacement"/> does not contain (case-insensitive).</summary>
    /// <exception cref="ArgumentNullException">Either argument is null.</exception>
    public static IReadOnlyList<RewriteEntity> Missing(string original, string replacement)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(replacement);
        return [.. Find(original).Where(e => !replacement.Contains(e.Text, StringComparison.OrdinalIgnoreCase))];
    }

    [GeneratedRegex(@"\b(?:half an hour|an hour and a half|an hour|a couple of hours|a few minutes|(?:\d+(?:\.\d+)?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)(?:\s+|-)(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|K|m|M|bn|BN|B|million|billion|thousand))?\b|\b\d[\d,]*(?:\.\d+)?\s?(?:USD|EUR|GBP|dollars|pounds|euros)\b")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s?(?:%|percent\b)|\b\d+(?:\.\d+)?x\b")]
    private static partial Regex RatioPattern();

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + Months + @")\b|\b(?:" + Months + @")\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\b(?:Q[1-4]|H[12]|FY\s?\d{2,4})\b")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"\b(?:" + Days + @")s?\b")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"\b(?:" + Months + @")\b")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\b\d[\d,]*(?:\.\d+)?\+?")]
    private static partial Regex NumberPattern();
}
