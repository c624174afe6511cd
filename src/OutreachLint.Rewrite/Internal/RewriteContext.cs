namespace OutreachLint.Rewrite.Internal;

/// <summary>Facts about the reader and the sender gathered from the whole email; null where the email does not say.</summary>
internal sealed record RewriteContext(
    string? Product,
    string? Outcome,
    string? Company,
    string? Sender,
    string? Name);
