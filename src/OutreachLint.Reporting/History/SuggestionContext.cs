namespace OutreachLint.Reporting.History;

/// <summary>
/// What making a message's suggestions later needs from it: the author's text, signatures and envelope. History keeps
/// it only until the suggestions are made, which happens when the message first appears among a report's examples.
/// </summary>
/// <param name="AuthorText">The author's own words, as the engine judged them.</param>
/// <param name="Signatures">The set-aside signature blocks, one after another.</param>
/// <param name="From">The From header as displayed (name and address).</param>
/// <param name="FromAddress">The From address.</param>
/// <param name="Recipients">The recipients' addresses.</param>
/// <param name="RecipientNames">The recipients' display names.</param>
public sealed record SuggestionContext(
    string AuthorText, string Signatures, string From, string FromAddress, IReadOnlyList<string> Recipients, IReadOnlyList<string> RecipientNames);
