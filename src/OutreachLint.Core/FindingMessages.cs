namespace OutreachLint.Core;

/// <summary>The per-occurrence message of each sentence rule: what the reader will hear, and what to do instead.</summary>
internal static class FindingMessages
{
    public static string For(RuleDescriptor rule) => rule.Id switch
    {
        "OL001" => "Reads as a pitch dressed as partnership; say plainly what you are offering and why it matters to the reader.",
        "OL002" => "Asks for the reader's time or help without saying what they get; state the benefit or drop the ask.",
        "OL003" => "Talks about the seller; say what changes for the reader instead.",
        _ => rule.Title,
    };
}
