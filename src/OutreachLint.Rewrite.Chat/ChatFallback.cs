namespace OutreachLint.Rewrite.Chat;

/// <summary>One answer the chat rewriter did not use.</summary>
/// <param name="Reason">Why it was not used.</param>
/// <param name="Detail">A short, secret-free description (an exception type or HTTP status, the lost fact), or null.</param>
public sealed record ChatFallback(ChatFallbackReason Reason, string? Detail);
