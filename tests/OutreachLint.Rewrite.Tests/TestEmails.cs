using OutreachLint.Core;

namespace OutreachLint.Rewrite.Tests;

/// <summary>Context emails around a flagged sentence; each profile supplies a different set of facts.</summary>
internal static class TestEmails
{
    /// <summary>Fabrikam sells Routeway to Northwind Traders; goal, product, company and name all known.</summary>
    public static EmailDocument Routeway(string sentence) => new()
    {
        Source = "routeway.eml",
        From = "Sam Ortiz <sam@fabrikam.io>",
        FromAddress = "sam@fabrikam.io",
        Recipients = ["jane.doe@northwind-traders.com"],
        RecipientNames = ["Jane Doe"],
        AuthorText = $"Hi Jane,\n\nYou mentioned you want to cut delivery costs before the holiday peak.\n{sentence}\n\nBest,\nSam",
        SetAside = [new SetAsidePart(SetAsideKind.Signature, "Sam Ortiz\nAccount Executive, Fabrikam\nRouteway: route planning for delivery fleets", "signature")],
    };

    /// <summary>Ledgerline (company and product share the name) sells to Contoso; all facts known.</summary>
    public static EmailDocument Ledgerline(string sentence) => new()
    {
        Source = "ledgerline.eml",
        From = "Priya Nair <priya@ledgerline.com>",
        FromAddress = "priya@ledgerline.com",
        Recipients = ["tom@contoso.com"],
        RecipientNames = ["Tom Becker"],
        AuthorText = $"Hi Tom,\n\n{sentence} Your team is aiming to close the books in 3 days instead of 8.\n\nThanks,\nPriya",
        SetAside = [new SetAsidePart(SetAsideKind.Signature, "Priya Nair | Senior AE | Ledgerline", "signature")],
    };

    /// <summary>Brightline Analytics writes to Acme Corp about hiring; no product is named anywhere.</summary>
    public static EmailDocument Brightline(string sentence) => new()
    {
        Source = "brightline.eml",
        From = "Lee Park <lee@brightline-analytics.com>",
        FromAddress = "lee@brightline-analytics.com",
        Recipients = ["maria@acme-corp.co.uk"],
        RecipientNames = ["Lopez, Maria"],
        AuthorText = $"Maria,\n\nI read that you plan to hire 40 engineers in Leeds by June.\n{sentence}\n\nLee",
    };

    /// <summary>Quillstack writes to Globex; the goal sits after other sentences, the signature names the founder.</summary>
    public static EmailDocument Quillstack(string sentence) => new()
    {
        Source = "quillstack.eml",
        From = "Dana Cole <dana@quillstack.io>",
        FromAddress = "dana@quillstack.io",
        Recipients = ["raj@globex.com", "ops@quillstack.io"],
        RecipientNames = ["Raj Patel"],
        AuthorText = $"Hi Raj,\n\nThanks for the call on Monday.\nYou said your legal team wants to reduce contract turnaround from 10 days to 2.\n{sentence}\n\nDana",
        SetAside = [new SetAsidePart(SetAsideKind.Signature, "Dana Cole\nFounder, Quillstack", "signature")],
    };

    /// <summary>A bare email between free-mail addresses: no goal, product or company to be found.</summary>
    public static EmailDocument Bare(string sentence) => new()
    {
        Source = "-",
        FromAddress = "rep@gmail.com",
        Recipients = ["someone@outlook.com"],
        AuthorText = sentence,
    };

    /// <summary>A plain-text draft signed "Best,\n{name}", the name set aside as the signature, with no display name on From.</summary>
    public static EmailDocument SignedOff(string sentence, string name) => new()
    {
        Source = "draft.txt",
        From = "rep@seller-example.com",
        FromAddress = "rep@seller-example.com",
        Recipients = ["buyer@northwind-traders.com"],
        RecipientNames = ["Dana Price"],
        AuthorText = $"Hi Dana,\n\n{sentence}\n\nBest,",
        SetAside = [new SetAsidePart(SetAsideKind.Signature, name, "name and title block after the sign-off")],
    };

    /// <summary>
    /// The shipped template rewriter's replacement for <paramref name="sentence"/> flagged under <paramref name="rule"/>,
    /// within <paramref name="document"/> (default: the sentence alone, <see cref="Bare"/>), or null when it has none.
    /// </summary>
    public static string? Suggest(string rule, string sentence, EmailDocument? document = null)
    {
        document ??= Bare(sentence);
        return new TemplateRewriter().Suggest(FindingFor(rule, sentence, document), document)?.Replacement;
    }

    /// <summary>A finding of <paramref name="rule"/> on <paramref name="sentence"/> within <paramref name="document"/>.</summary>
    public static Finding FindingFor(string rule, string sentence, EmailDocument document)
    {
        var start = Math.Max(0, document.AuthorText.IndexOf(sentence, StringComparison.Ordinal));
        return new Finding
        {
            Rule = RuleCatalog.ForLabel(rule),
            Severity = Severity.Warning,
            Confidence = 0.9f,
            Span = new TextSpan(start, sentence.Length),
            Position = new LineMap(document.AuthorText).PositionOf(start),
            Text = sentence,
            Message = "test",
        };
    }
}
