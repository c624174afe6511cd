namespace OutreachLint.Rewrite;

/// <summary>One fact in a sentence that a rewrite must keep word for word.</summary>
/// <param name="Kind">What sort of fact it is.</param>
/// <param name="Text">The fact exactly as written (possessive "'s" removed).</param>
/// <param name="Start">Where it starts in the sentence.</param>
public sealed record RewriteEntity(RewriteEntityKind Kind, string Text, int Start);
