namespace OutreachLint.Core;

/// <summary>
/// Proposes a better sentence for a finding, using the whole email for missing facts. Implementations must be safe to
/// call from many threads at once: the engine judges the emails of a large batch in parallel.
/// </summary>
public interface IRewriter
{
    /// <summary>Returns a suggestion, or null when the rewriter has nothing better to offer.</summary>
    Suggestion? Suggest(Finding finding, EmailDocument document);

    /// <summary>
    /// Suggestions for every finding of one email, in the findings' order. The engine calls this once per email so a
    /// rewriter that waits on a remote model can ask for all of them at once; the default asks one at a time.
    /// </summary>
    IReadOnlyList<Suggestion?> SuggestAll(IReadOnlyList<Finding> findings, EmailDocument document) =>
        [.. findings.Select(f => Suggest(f, document))];
}
