namespace OutreachLint.Core;

/// <summary>Every rule the engine knows, by id and by name; the single source for reports, SARIF and configuration.</summary>
public static class RuleCatalog
{
    public static RuleDescriptor DisguisedSelling { get; } = new(
        "OL001", Labels.DisguisedSelling, "Sales intent disguised as partnership",
        "Buyers read \"partner\", \"collaborate\" and \"explore an opportunity\" from a vendor as a pitch in costume; say what you sell and why it matters to them.",
        Severity.Warning, true);

    public static RuleDescriptor FavorAsk { get; } = new(
        "OL002", Labels.FavorAsk, "Ask with nothing in it for the reader",
        "An ask for time, a call or an intro that does not say what the reader gets is a favour for the seller.",
        Severity.Warning, true);

    public static RuleDescriptor SellerCentric { get; } = new(
        "OL003", Labels.SellerCentric, "Talks about the seller, not the reader",
        "Awards, features and \"our value proposition\" describe the seller; buyers answer sentences about their own goals.",
        Severity.Warning, true);

    public static RuleDescriptor HiddenIntent { get; } = new(
        "OL100", "hidden-intent", "The email never says what is being offered",
        "Partnering means shared purpose stated openly; an email whose offer must be guessed reads as a disguise.",
        Severity.Info, false);

    public static RuleDescriptor NoReaderOutcome { get; } = new(
        "OL101", "no-reader-outcome", "No sentence is about the reader's own goal",
        "Value is created with the customer: at least one sentence should name the reader's goal or outcome.",
        Severity.Info, false);

    public static RuleDescriptor AskWithoutBenefit { get; } = new(
        "OL102", "ask-without-benefit", "The email asks for something and never says what the reader gets",
        "Asks that name the reader's benefit get answered; bare asks read as favours.",
        Severity.Info, false);

    public static RuleDescriptor SellerFocus { get; } = new(
        "OL103", "seller-focus", "\"I/we/our\" far outweigh \"you/your\"",
        "Corporate Visions' \"one little word\" research: messages framed around \"you\" outperform messages about \"we\".",
        Severity.Info, false);

    public static RuleDescriptor TooLong { get; } = new(
        "OL104", "too-long", "First-touch email over 125 words",
        "Lavender's analysis of cold email: 25–50 words get the most replies; past ~125 words reply rates fall.",
        Severity.Info, false);

    public static RuleDescriptor ReadingLevel { get; } = new(
        "OL105", "reading-level", "Reading level above grade 8",
        "Boomerang's study of 40M emails: 53% replies at grade 3 vs 39% at college level; Lavender recommends grade 3–5.",
        Severity.Info, false);

    public static RuleDescriptor CustomPhrase { get; } = new(
        "OL110", "custom-phrase", "A phrase the team's configuration rejects",
        "Teams know their own tired phrases; the configuration's rejectPhrases list reports each one.",
        Severity.Warning, false);

    /// <summary>All rules, sentence rules first, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [DisguisedSelling, FavorAsk, SellerCentric, HiddenIntent, NoReaderOutcome, AskWithoutBenefit, SellerFocus, TooLong, ReadingLevel, CustomPhrase];

    /// <summary>The sentence rule for a classifier label; throws for <c>ok</c> or an unknown label.</summary>
    public static RuleDescriptor ForLabel(string label) => label switch
    {
        Labels.DisguisedSelling => DisguisedSelling,
        Labels.FavorAsk => FavorAsk,
        Labels.SellerCentric => SellerCentric,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "No rule for this label."),
    };

    /// <summary>Finds a rule by id (<c>OL001</c>) or name (<c>favor-ask</c>), case-insensitively.</summary>
    public static RuleDescriptor? Find(string idOrName) =>
        All.FirstOrDefault(r => string.Equals(r.Id, idOrName, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(r.Name, idOrName, StringComparison.OrdinalIgnoreCase));
}
