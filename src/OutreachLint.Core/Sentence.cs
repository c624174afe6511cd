namespace OutreachLint.Core;

/// <summary>One sentence of an author text, with its exact span so findings can point at it.</summary>
/// <param name="Index">Zero-based position among the text's sentences.</param>
/// <param name="Span">Where the sentence stands in the author text.</param>
/// <param name="Text">The sentence exactly as it stands (no trimming beyond the span).</param>
public sealed record Sentence(int Index, TextSpan Span, string Text);
