namespace OutreachLint.Core;

/// <summary>A half-open range of characters in an author text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The first index after the span.</summary>
    public int End => Start + Length;
}
