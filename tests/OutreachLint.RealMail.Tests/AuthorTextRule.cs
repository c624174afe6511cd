using System.Text.RegularExpressions;

namespace OutreachLint.RealMail.Tests;

/// <summary>
/// The stated rule for what the author of a blind email wrote, kept independent of the extractor so the two can be
/// compared: the body from its first line through the sign-off line. Someone else's text starts at a reply attribution
/// ("On … wrote:"), "-----Original Message-----", a forwarded-message marker or the first "&gt;" line; the sign-off is the
/// last line before that which is only a closing ("Best,", "Kind regards,", "Thanks!"), and the name, title, company
/// and phone lines after it are the signature. Without a sign-off, everything before someone else's text is kept.
/// </summary>
internal static partial class AuthorTextRule
{
    /// <summary>The author's text of <paramref name="body"/> under the rule, normalised by <see cref="Normalise"/>.</summary>
    public static string Expected(string body)
    {
        var lines = Normalise(body).Split('\n').ToList();
        var othersStart = lines.FindIndex(l => OthersText().IsMatch(l));
        var own = othersStart < 0 ? lines : lines[..othersStart];
        var signOff = own.FindLastIndex(l => Closing().IsMatch(l.Trim()));
        return Normalise(string.Join('\n', signOff < 0 ? own : own[..(signOff + 1)]));
    }

    /// <summary>LF line ends, no trailing spaces, no leading or trailing blank lines.</summary>
    public static string Normalise(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    [GeneratedRegex(@"^(On .+ wrote:|-+ ?Original Message ?-+|-+ ?Forwarded message ?-+|Begin forwarded message:|>)", RegexOptions.IgnoreCase)]
    private static partial Regex OthersText();

    [GeneratedRegex(@"^(many thanks|thanks( so much| a million| in advance| and regards)?|thank you( so much)?|(with )?(kind |best |warm )?regards|best( wishes)?|warm wishes|all the best|cheers|(yours )?(sincerely|faithfully|truly))[,!.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();
}
