namespace OutreachLint.Rewrite.Chat;

/// <summary>How long the chat rewriter waits, how many questions it asks at once, and whom it tells when it falls back.</summary>
public sealed record ChatRewriterOptions
{
    /// <summary>How long one answer may take before the built-in suggestion is used instead, counted from the question, including any wait for a free slot.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Questions in flight at once, across all emails; a draft has several flagged sentences, a hosted model limits its rate.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Told each time an answer is not used, and why; for a warning at the edge. Never given the answer or the key.</summary>
    public Action<ChatFallback>? OnFallback { get; init; }
}
