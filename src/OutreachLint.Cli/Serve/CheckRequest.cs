namespace OutreachLint.Cli.Serve;

/// <summary>
/// The body of <c>POST /api/check</c>: either a mail body as Outlook gives it (<see cref="Body"/> with
/// <see cref="BodyType"/>), read like a message file, or the page's pasted <see cref="Text"/>, judged as it stands.
/// </summary>
internal sealed record CheckRequest
{
    /// <summary>The draft's body as the mail client holds it, quoted replies and signature included.</summary>
    public string? Body { get; init; }

    /// <summary><c>text</c> (the default) or <c>html</c>, as Office's <c>CoercionType</c> names them.</summary>
    public string? BodyType { get; init; }

    /// <summary>Only the draft's own words, judged verbatim so the answer's offsets index exactly this text.</summary>
    public string? Text { get; init; }

    /// <summary>The subject line, if the caller has one.</summary>
    public string? Subject { get; init; }

    /// <summary>The sender ("Name &lt;address&gt;" or an address), which tells the engine whose domain is internal.</summary>
    public string? From { get; init; }

    /// <summary>Recipient addresses ("Name &lt;address&gt;" or bare), if the caller has them.</summary>
    public IReadOnlyList<string>? To { get; init; }
}
