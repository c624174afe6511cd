using OutreachLint.Core;

namespace OutreachLint.Cli.Serve;

/// <summary>
/// The two ways <c>serve</c> judges a draft, sharing one classifier: a draft with a sender and recipients is judged in
/// its context like <c>check</c> judges a file (mail to colleagues has no favour-asks); a draft without them (pasted
/// text, a draft with no recipients yet) is judged as prospecting mail, which is what anyone checking one is writing.
/// </summary>
/// <param name="ByEnvelope">The engine that reads internal or external from the sender's and recipients' domains.</param>
/// <param name="AssumingOutreach">The engine that treats every draft as external prospecting mail.</param>
internal sealed record ServeEngines(LintEngine ByEnvelope, LintEngine AssumingOutreach)
{
    /// <summary>The engine for <paramref name="document"/>.</summary>
    public LintEngine For(EmailDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.FromAddress.Length > 0 && document.Recipients.Count > 0 ? ByEnvelope : AssumingOutreach;
    }
}
