using OutreachLint.Core;
using OutreachLint.Rewrite.Internal;

namespace OutreachLint.Rewrite;

/// <summary>
/// What the whole email says about the reader and the sender, as the template rewriter reads it; null where the email
/// does not say. Open to other rewriters (such as a language-model one) so they fill gaps from the same facts.
/// </summary>
/// <param name="Product">What the sender sells.</param>
/// <param name="Outcome">The reader's goal as a verb phrase.</param>
/// <param name="Company">The reader's company.</param>
/// <param name="Sender">The sender's company.</param>
/// <param name="ReaderName">The reader's first name.</param>
public sealed record RewriteFacts(string? Product, string? Outcome, string? Company, string? Sender, string? ReaderName)
{
    /// <summary>Reads the facts for rewriting <paramref name="flagged"/> within <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RewriteFacts Of(EmailDocument document, string flagged)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(flagged);
        var context = RewriteContextReader.Read(document, flagged);
        return new RewriteFacts(context.Product, context.Outcome, context.Company, context.Sender, context.Name);
    }
}
