namespace OutreachLint.Rewrite.Internal;

/// <summary>What the rewriter learnt from a flagged sentence: a greeting to keep in front, and the sentence slots found.</summary>
internal sealed record SentenceReading(string Prefix, IReadOnlyDictionary<string, string> Slots);
