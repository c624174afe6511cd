using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Finds the duration and the date/time phrases of a sentence, with the spans they occupy.</summary>
internal static partial class TimePhrases
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string DatePart = @"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + Months + @")|(?:" + Months + @")\s+\d{1,2}(?:st|nd|rd|th)?\b|the\s+\d{1,2}(?:st|nd|rd|th))";
    private const string Clock = @"\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\d{1,2}:\d{2}\b";

    /// <summary>The first meeting-length duration ("15 minutes", "20-minute", "half an hour") with its span, including a leading "for".</summary>
    public static (string Text, int Start, int Length)? Duration(string sentence)
    {
        var match = DurationPattern().Match(sentence);
        return match.Success ? (match.Groups["d"].Value, match.Index, match.Length) : null;
    }

    /// <summary>Every date or time phrase, normalised to read after a noun ("Thursday" → "on Thursday"), with its span.</summary>
    public static IReadOnlyList<(string Text, int Start, int Length)> When(string sentence)
    {
        var found = new List<(string, int, int)>();
        foreach (Match match in WhenPattern().Matches(sentence))
        {
            var text = match.Value.Trim().TrimEnd(',');
            if (text.Length == 0)
            {
                continue;
            }

            var needsOn = BarePattern().IsMatch(text);
            found.Add((needsOn ? "on " + text : text, match.Index, match.Length));
        }

        return found;
    }

    /// <summary>
    /// The time phrases of <paramref name="sentence"/> as one phrase, keeping the "or"/"and" between alternatives
    /// ("Tuesday or Wednesday" → "on Tuesday or Wednesday", not "on Tuesday on Wednesday").
    /// </summary>
    public static string Join(string sentence, IReadOnlyList<(string Text, int Start, int Length)> whens)
    {
        var joined = whens[0].Text;
        for (var i = 1; i < whens.Count; i++)
        {
            var end = whens[i - 1].Start + whens[i - 1].Length;
            var between = whens[i].Start >= end ? sentence[end..whens[i].Start].Trim() : "";
            var text = whens[i].Text;
            if (between is "or" or "and" or "," or ", or" or ", and")
            {
                var bare = text.StartsWith("on ", StringComparison.Ordinal) && joined.StartsWith("on ", StringComparison.Ordinal) ? text[3..] : text;
                joined += (between.StartsWith(',') ? between : " " + between) + " " + bare;
            }
            else
            {
                joined += " " + text;
            }
        }

        return joined;
    }

    /// <summary><paramref name="sentence"/> with the given spans blanked out, so later patterns do not see them.</summary>
    public static string Blank(string sentence, IEnumerable<(int Start, int Length)> spans)
    {
        var chars = sentence.ToCharArray();
        foreach (var (start, length) in spans)
        {
            Array.Fill(chars, ' ', start, length);
        }

        return new string(chars);
    }

    [GeneratedRegex(@"(?:\b(?:for|of)\s+)?(?:\ba\s+(?:quick\s+|short\s+)?)?\b(?<d>half an hour|an hour and a half|an hour|a couple of hours|a few minutes|(?:\d+|five|ten|fifteen|twenty|thirty|forty-five|sixty|ninety)(?:\s+|-)(?:minutes?|mins?|hours?|hrs?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"\b(?:(?:on|by|before|after|until|from|this|next|early|late|around)\s+)*(?:end\s+of\s+(?:day|the\s+(?:day|week|month|quarter))(?:\s+(?:on\s+)?(?:" + Days + @"))?|(?:" + Days + @")(?:\s+(?:morning|afternoon|evening))?(?:,?\s+" + DatePart + @")?|" + DatePart + @"|next\s+week|this\s+week|tomorrow|(?:in|by|before|after|during|until|from)\s+(?:(?:early|late|mid)[\s-])?(?:" + Months + @"|Q[1-4]|H[12]|(?:19|20)\d{2})(?:\s+(?:19|20)\d{2})?)(?:\s+at\s+(?:" + Clock + @"))?|\bat\s+(?:" + Clock + @")")]
    private static partial Regex WhenPattern();

    [GeneratedRegex(@"^(?:" + Days + @"|\d|the\s+\d|(?:" + Months + @")\s+\d)")]
    private static partial Regex BarePattern();
}
