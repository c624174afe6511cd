using System.Text.RegularExpressions;
using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>A compiled line pattern with what a match means and the reason reported to users.</summary>
internal sealed record LinePattern(Regex Regex, SetAsideKind Kind, string Reason)
{
    /// <summary>Marker lines are short; bounding the input keeps hostile multi-megabyte lines cheap.</summary>
    internal static string Bound(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= 400 ? trimmed : trimmed[..400];
    }
}
