using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>A body split into the author's own words and the parts set aside.</summary>
internal sealed record SegmentedBody(string AuthorText, IReadOnlyList<SetAsidePart> SetAside);
