using AngleSharp.Dom;
using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>
/// An element that mail clients use to wrap non-author content, identified by tag, id, class or attribute.
/// <see cref="CutsRest"/> means the element and everything after it in the document belong to the part.
/// </summary>
internal sealed record HtmlMarker(
    SetAsideKind Kind,
    string Reason,
    bool CutsRest,
    string? Tag = null,
    string? Id = null,
    string? Class = null,
    string? Attribute = null,
    string? Value = null)
{
    /// <summary>True when every given criterion holds for <paramref name="element"/>.</summary>
    public bool Matches(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (Tag is not null && !string.Equals(element.LocalName, Tag, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Id is not null && !string.Equals(element.Id, Id, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Class is not null && !element.ClassList.Contains(Class))
        {
            return false;
        }

        return Attribute is null || string.Equals(element.GetAttribute(Attribute), Value, StringComparison.OrdinalIgnoreCase);
    }
}
