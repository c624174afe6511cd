using OutreachLint.Core;

namespace OutreachLint.Rewrite.Chat.Tests;

/// <summary>A draft from Fabrikam (who sell Routeway) to Jane at Northwind Traders, with findings on its flagged sentences.</summary>
internal static class ChatTestEmails
{
    public const string Disguised = "We'd love to partner with you on your Q3 rollout.";
    public const string Ask = "Could I steal 15 minutes Thursday?";
    public const string Goal = "You mentioned you want to cut delivery costs before the holiday peak.";

    public static EmailDocument Routeway { get; } = new()
    {
        Source = "routeway.eml",
        Subject = "Routeway for the holiday peak",
        From = "Sam Ortiz <sam@fabrikam.io>",
        FromAddress = "sam@fabrikam.io",
        Recipients = ["jane.doe@northwind-traders.com"],
        RecipientNames = ["Jane Doe"],
        AuthorText = $"Hi Jane,\n\n{Goal}\n{Disguised}\n{Ask}\n\nBest,\nSam",
        SetAside = [new SetAsidePart(SetAsideKind.Signature, "Sam Ortiz\nAccount Executive, Fabrikam\nRouteway: route planning for delivery fleets", "signature")],
    };

    public static Finding DisguisedFinding => FindingFor(RuleCatalog.DisguisedSelling, Disguised);

    public static Finding AskFinding => FindingFor(RuleCatalog.FavorAsk, Ask);

    /// <summary>A finding on <paramref name="sentence"/>; one not in the draft is placed at its start.</summary>
    public static Finding FindingFor(RuleDescriptor rule, string sentence)
    {
        var start = Math.Max(0, Routeway.AuthorText.IndexOf(sentence, StringComparison.Ordinal));
        return new Finding
        {
            Rule = rule, Severity = Severity.Warning, Confidence = 0.9f, Span = new TextSpan(start, sentence.Length),
            Position = new LineMap(Routeway.AuthorText).PositionOf(start), Text = sentence, Message = rule.Rationale,
        };
    }
}
