namespace OutreachLint.Core;

/// <summary>A one-based line and column, the way editors and compilers report positions.</summary>
public readonly record struct TextPosition(int Line, int Column);
