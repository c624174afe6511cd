using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>
/// Reads the parts of a flagged sentence a generic rewrite keeps as written: the opening clause about the reader
/// ("With your new depot opening in Daventry this autumn,") and, for an ask, the request itself.
/// </summary>
internal static partial class LeadReader
{
    /// <summary>
    /// The opening clause of <paramref name="body"/> when it is about the reader and free of the seller's voice, ready to
    /// open a new sentence ("Since your team moved to Leeds," or "I saw you're hiring in Leeds, so"), or null.
    /// </summary>
    public static string? Lead(string body)
    {
        var end = ClauseEnd().Match(body);
        if (!end.Success || end.Index < 12)
        {
            return null;
        }

        var clause = body[..end.Index].Trim();
        if (!You().IsMatch(clause) || SellerVoice().IsMatch(clause) || Ask().IsMatch(clause))
        {
            return null;
        }

        if (Subordinate().IsMatch(clause))
        {
            return clause + ",";
        }

        return Observation().IsMatch(clause) ? clause + ", so" : null;
    }

    /// <summary>What follows the lead clause of <paramref name="body"/> (connector "and"/"so" dropped), or null when there is no lead.</summary>
    public static string? AfterLead(string body)
    {
        if (Lead(body) is null)
        {
            return null;
        }

        var end = ClauseEnd().Match(body);
        var rest = Connector().Replace(body[(end.Index + end.Length)..].Trim(), "", 1);
        return rest.Length == 0 ? null : rest;
    }

    /// <summary>The request as written, courtesy filler removed and lower-cased where it will follow "If …, ", or null.</summary>
    public static string? Request(string body)
    {
        var text = Phrase.Tidy(Courtesy().Replace(body.Trim(), "", 1));
        if (text.Length < 8)
        {
            return null;
        }

        var first = text.Split(' ')[0];
        if (!KeepCapital().IsMatch(first))
        {
            text = char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..];
        }

        return text + (body.TrimEnd().EndsWith('?') ? "?" : "");
    }

    [GeneratedRegex(@"^(?:and|so|but)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex(@",\s|\s[—–-]\s|;")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\byou(?:r|rs|'re|’re|'ve|’ve)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex You();

    [GeneratedRegex(@"\b(?:we|we're|we’re|we've|we’ve|we'd|we’d|our|ours|us|I'd\s+love|love\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SellerVoice();

    [GeneratedRegex(@"\b(?:could|would|can|will)\s+(?:you|I|we)\b|\?|\bplease\b|\bkindly\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ask();

    [GeneratedRegex(@"^(?:With|As|Since|Given|Now\s+that|Because|Having|After|Seeing\s+(?:as|that)|Following|Congrat\w*\s+on|Now\s+your|Once)\b")]
    private static partial Regex Subordinate();

    [GeneratedRegex(@"^I\s+(?:read|saw|see|noticed|notice|know|understand|heard|hear|gather|spotted)\b")]
    private static partial Regex Observation();

    [GeneratedRegex(@"^(?:(?:just\s+)?(?:following\s+up|checking\s+in|quick\s+question|one\s+more\s+thing|hey|hi|hello)\s*[—–:,.!-]*\s*|(?:(?:if\s+you\s+have\s+a\s+(?:moment|minute|sec(?:ond)?)|when\s+you\s+(?:have|get)\s+a\s+(?:moment|minute|sec(?:ond)?|chance)|if\s+it'?s\s+not\s+too\s+much\s+trouble|sorry\s+to\s+bother\s+you|hope\s+you're\s+well)\s*,\s*))+", RegexOptions.IgnoreCase)]
    private static partial Regex Courtesy();

    // "I", "I'd", acronyms and mixed-case names keep their capital; an ordinary opening word is lower-cased after "If …, ".
    [GeneratedRegex(@"^(?:I|I['’]\w+|\p{Lu}{2,}\w*|\p{Lu}\w*\p{Lu}\w*)$")]
    private static partial Regex KeepCapital();
}
