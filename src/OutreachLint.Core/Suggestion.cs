namespace OutreachLint.Core;

/// <summary>A proposed replacement for a finding's sentence; separate from the finding, as a code fix is from a diagnostic.</summary>
/// <param name="Replacement">The sentence to send instead.</param>
/// <param name="Origin">What produced it: "template" for the built-in rewriter, "chat" for the optional language-model rewriter.</param>
public sealed record Suggestion(string Replacement, string Origin);
