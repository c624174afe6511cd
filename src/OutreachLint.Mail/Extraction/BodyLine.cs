using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>
/// One line of a rendered body. <see cref="Kind"/> is set when the markup already proved the line is not
/// the author's (a Gmail quote container, a signature div); text rules only judge lines without it.
/// </summary>
internal readonly record struct BodyLine(string Text, SetAsideKind? Kind = null, string? Reason = null)
{
    /// <summary>True when the line has no visible characters.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
