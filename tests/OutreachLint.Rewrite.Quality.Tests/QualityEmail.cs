using OutreachLint.Core;

namespace OutreachLint.Rewrite.Quality.Tests;

/// <summary>The minimal draft around one blind sentence, shaped as the extractor would hand it over.</summary>
internal static class QualityEmail
{
    /// <summary>A plain-text draft from a rep to Dana Price at Northwind Traders, signed "Best,\nSam" (the name set aside as signature).</summary>
    public static EmailDocument Around(string sentence) => new()
    {
        Source = "blind.eml",
        From = "rep@seller-example.com",
        FromAddress = "rep@seller-example.com",
        Recipients = ["buyer@northwind-traders.com"],
        RecipientNames = ["Dana Price"],
        AuthorText = $"Hi Dana,\n\n{sentence}\n\nBest,",
        SetAside = [new SetAsidePart(SetAsideKind.Signature, "Sam", "name and title block after the sign-off")],
    };

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
            Message = "blind",
        };
    }
}
