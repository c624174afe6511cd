namespace OutreachLint.Rewrite.Chat;

/// <summary>One answer the chat rewriter did not use.</summary>
/// <param name="Reason">Why it was not used.</param>
/// <param name="Detail">A short, secret-free description (an exception type or HTTP status, the lost fact), or null.</param>
/// <param name="Error">The exception behind <see cref="ChatFallbackReason.Failed"/>, for the caller to describe; its message may quote the server, so never print it whole.</param>
public sealed record ChatFallback(ChatFallbackReason Reason, string? Detail, Exception? Error = null);
