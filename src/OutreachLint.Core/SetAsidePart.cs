namespace OutreachLint.Core;

/// <summary>Text the extractor kept out of the author text, with the reason, so users can see what was not checked.</summary>
public sealed record SetAsidePart(SetAsideKind Kind, string Text, string Reason);
