using OutreachLint.Core;

namespace OutreachLint.Rewrite.Tests;

/// <summary>One flagged sentence in its email, and whether that email supplies every fact the rewrite needs.</summary>
/// <param name="Rule">The rule that flagged it.</param>
/// <param name="Profile">Which <see cref="TestEmails"/> profile wraps it.</param>
/// <param name="Sentence">The flagged sentence.</param>
/// <param name="Placeholders">The placeholders the rewrite must show because the email lacks those facts; empty when it has them all.</param>
internal sealed record RewriteCase(string Rule, string Profile, string Sentence, params string[] Placeholders)
{
    /// <summary>The email around the sentence.</summary>
    public EmailDocument Document => Profile switch
    {
        "routeway" => TestEmails.Routeway(Sentence),
        "ledgerline" => TestEmails.Ledgerline(Sentence),
        "brightline" => TestEmails.Brightline(Sentence),
        "quillstack" => TestEmails.Quillstack(Sentence),
        _ => TestEmails.Bare(Sentence),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Rule}: {Sentence}";
}
