namespace OutreachLint.Cli;

/// <summary>The optional language-model rewriter's settings from <c>"rewriter": { "kind": "chat", ... }</c>; no key is ever kept here.</summary>
internal sealed record ChatRewriterSettings
{
    public const string ApiKeyVariable = "OUTREACHLINT_LLM_API_KEY";

    /// <summary>The OpenAI-compatible base address, such as <c>https://api.openai.com/v1</c>; https unless it is loopback.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>The model name the endpoint knows, such as <c>gpt-4o-mini</c>.</summary>
    public required string Model { get; init; }

    /// <summary>How long one answer may take before the built-in suggestion is used.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Questions in flight at once.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>A file holding the API key (full path); when null the key comes from <see cref="ApiKeyVariable"/>.</summary>
    public string? ApiKeyFile { get; init; }
}
