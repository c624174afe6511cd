using System.Text;
using Microsoft.Extensions.AI;
using OutreachLint.Core;

namespace OutreachLint.Rewrite.Chat;

/// <summary>
/// The question put to the model for one flagged sentence: a fixed system prompt with the seed's view of honest
/// selling, then the sentence, the facts it must keep, and what the rest of the email says.
/// </summary>
internal static class ChatPrompt
{
    // Long drafts are rare; the cap keeps one pasted thread from costing a fortune or overflowing a small model.
    private const int MaxEmailChars = 4000;

    private const string SystemText = """
        You rewrite one sentence of a sales email so that it sells honestly. Honest selling is direct and built around the customer's goals.
        Rewrite the sentence so that it either states the sender's intent plainly (what is being sold, or what is being asked for) or centres the reader's own outcome.
        Rules:
        - Keep every name, company, product, number, date and duration of the original, written exactly as in the original.
        - Do not dress the sale up as a partnership, a collaboration, an opportunity or an exploration, and do not boast about the sender.
        - If the sentence asks for time or a favour, keep the ask and say what the reader gets from it.
        - Write one or two sentences in plain words, as the sender would write them to this reader.
        - Use a [placeholder] in square brackets only where a fact you need is missing from the email.
        - Do not use these words (* stands for any ending): {avoid}.
        - Reply with the rewritten sentence only: no preamble, no quotation marks, no explanation.
        """;

    /// <summary>The system and user messages for rewriting <paramref name="finding"/> within <paramref name="document"/>.</summary>
    public static IList<ChatMessage> For(Finding finding, EmailDocument document, IReadOnlyList<string> avoid)
    {
        var facts = RewriteFacts.Of(document, finding.Text);
        var keep = RewriteEntities.Find(finding.Text).Select(e => e.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var user = new StringBuilder()
            .AppendLine($"Problem: {finding.Rule.Title}. {finding.Message}")
            .AppendLine($"Sentence to rewrite: {finding.Text}")
            .AppendLine($"Facts that must appear unchanged: {(keep.Count == 0 ? "none" : string.Join("; ", keep))}")
            .AppendLine($"Email subject: {Known(document.Subject)}")
            .AppendLine($"Reader's first name: {Known(facts.ReaderName)}")
            .AppendLine($"Reader's company: {Known(facts.Company)}")
            .AppendLine($"Reader's goal, as the email states it: {Known(facts.Outcome)}")
            .AppendLine($"Sender's company: {Known(facts.Sender)}")
            .AppendLine($"What the sender sells: {Known(facts.Product)}")
            .AppendLine("The whole email, for context only (rewrite only the sentence above):")
            .AppendLine("<<<")
            .AppendLine(Capped(document.AuthorText))
            .Append(">>>")
            .ToString();
        return
        [
            new ChatMessage(ChatRole.System, SystemText.Replace("{avoid}", string.Join(", ", avoid), StringComparison.Ordinal)),
            new ChatMessage(ChatRole.User, user),
        ];
    }

    private static string Known(string? fact) => string.IsNullOrWhiteSpace(fact) ? "unknown" : fact.Trim();

    private static string Capped(string text) => text.Length <= MaxEmailChars ? text.Trim() : text[..MaxEmailChars].TrimEnd() + " …";
}
