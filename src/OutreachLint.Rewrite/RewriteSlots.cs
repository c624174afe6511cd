namespace OutreachLint.Rewrite;

/// <summary>
/// The slot names a rewrite template may use. Context slots come from the whole email and become a
/// <c>[placeholder]</c> when the email lacks the fact; sentence slots come from the flagged sentence and a
/// template that needs one the sentence lacks is not used.
/// </summary>
public static class RewriteSlots
{
    /// <summary>What the sender sells (signature or a product noun in the text).</summary>
    public const string Product = "product";

    /// <summary>The reader's goal as a verb phrase ("cut delivery costs before the peak").</summary>
    public const string Outcome = "outcome";

    /// <summary>The reader's goal as a gerund phrase ("cutting delivery costs before the peak").</summary>
    public const string OutcomeGerund = "outcomeGerund";

    /// <summary>The reader's company, from the recipient's domain.</summary>
    public const string Company = "company";

    /// <summary>The sender's company, from the From domain.</summary>
    public const string Sender = "sender";

    /// <summary>The reader's first name.</summary>
    public const string Name = "name";

    /// <summary>The reader's project or subject named in the sentence ("your Q3 rollout").</summary>
    public const string Topic = "topic";

    /// <summary>A purpose clause from the sentence ("to support your expansion into Germany").</summary>
    public const string Purpose = "purpose";

    /// <summary>A date or time phrase from the sentence that is not part of a meeting ask ("in 2027").</summary>
    public const string When = "when";

    /// <summary>The time asked for, with its duration, day and place ("15 minutes on Thursday").</summary>
    public const string Meeting = "meeting";

    /// <summary>A non-meeting request ("an intro to Sarah Chen", "your feedback on the proposal").</summary>
    public const string Ask = "ask";

    /// <summary>Who already uses the product ("500 banks", "Tesco, Unilever and BP").</summary>
    public const string Proof = "proof";

    /// <summary>A result the reader could get, as a verb phrase ("see 3x ROI within 90 days").</summary>
    public const string Result = "result";

    /// <summary>The seller's claim restated plainly in the third person, boasts removed.</summary>
    public const string Claim = "claim";

    /// <summary>A favour-ask's request as a gerund phrase ("forwarding this note to your head of procurement").</summary>
    public const string AskGerund = "askGerund";

    /// <summary>The claim with the product as its subject replaced by "it" ("it calculates 50 million payslips a year").</summary>
    public const string ClaimIt = "claimIt";

    /// <summary>The claim after the sentence's lead clause, restated like <see cref="Claim"/>.</summary>
    public const string LeadClaim = "leadClaim";

    /// <summary>The opening clause of the sentence about the reader, ready to lead a new sentence ("With your depot opening in Daventry,").</summary>
    public const string Lead = "lead";

    /// <summary>Every fact of the sentence that the email's product and company do not already carry, as a natural list ("Kumar Textiles and the Tiruppur cluster").</summary>
    public const string Facts = "facts";

    /// <summary>Like <see cref="Facts"/>, but leaving out what <see cref="Lead"/> already says.</summary>
    public const string LeadFacts = "leadFacts";

    /// <summary>A favour-ask's request as written, courtesy filler removed ("could you spare 20 minutes this week?").</summary>
    public const string Request = "request";

    /// <summary>Who a favour-ask wants to reach through the reader ("whoever manages your fleet", "your CTO").</summary>
    public const string Third = "third";

    /// <summary>That favour as a phrase that can open a sentence ("an introduction", "forwarding this note to them").</summary>
    public const string Handoff = "handoff";

    /// <summary>Slots filled from the whole email, which fall back to a placeholder.</summary>
    public static IReadOnlyList<string> ContextSlots { get; } = [Product, Outcome, OutcomeGerund, Company, Sender, Name];

    /// <summary>Slots filled from the flagged sentence, which never become placeholders.</summary>
    public static IReadOnlyList<string> SentenceSlots { get; } = [Topic, Purpose, When, Meeting, Ask, Proof, Result, Claim, AskGerund, ClaimIt, LeadClaim, Lead, Facts, LeadFacts, Request, Third, Handoff];

    /// <summary>True when <paramref name="slot"/> is a known slot name (case-sensitive).</summary>
    public static bool IsKnown(string slot) => ContextSlots.Contains(slot, StringComparer.Ordinal) || SentenceSlots.Contains(slot, StringComparer.Ordinal);

    /// <summary>True for a context slot, which may be rendered as a placeholder.</summary>
    public static bool IsContextSlot(string slot) => ContextSlots.Contains(slot, StringComparer.Ordinal);

    /// <summary>The bracketed text shown when a context slot's fact is missing from the email.</summary>
    public static string Placeholder(string slot) => slot switch
    {
        OutcomeGerund or Outcome => "[outcome]",
        Sender => "[our company]",
        _ => "[" + slot + "]",
    };
}
