namespace OutreachLint.Core;

/// <summary>Proposes a better sentence for a finding, using the whole email for missing facts.</summary>
public interface IRewriter
{
    /// <summary>Returns a suggestion, or null when the rewriter has nothing better to offer.</summary>
    Suggestion? Suggest(Finding finding, EmailDocument document);
}
