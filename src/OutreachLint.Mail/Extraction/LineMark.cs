using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>Why one line of a body is set aside; lines without a mark are the author's.</summary>
internal sealed record LineMark(SetAsideKind Kind, string Reason);
