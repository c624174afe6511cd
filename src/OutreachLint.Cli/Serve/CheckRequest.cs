namespace OutreachLint.Cli.Serve;

/// <summary>The body of <c>POST /api/check</c>: a pasted draft, with the envelope facts the engine weighs when given.</summary>
internal sealed record CheckRequest
{
    /// <summary>The draft's own words; required.</summary>
    public string? Text { get; init; }

    /// <summary>The subject line, if the caller has one.</summary>
    public string? Subject { get; init; }

    /// <summary>Recipient addresses, if the caller has them.</summary>
    public IReadOnlyList<string>? To { get; init; }
}
