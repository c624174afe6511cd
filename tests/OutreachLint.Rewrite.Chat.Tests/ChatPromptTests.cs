using Microsoft.Extensions.AI;
using static OutreachLint.Rewrite.Chat.Tests.ChatTestEmails;

namespace OutreachLint.Rewrite.Chat.Tests;

public sealed class ChatPromptTests
{
    [Fact]
    public void For_WhenAsked_GivesTheSeedsRulesAsTheSystemPrompt()
    {
        var messages = ChatPrompt.For(DisguisedFinding, Routeway, RewriteTemplateSet.Default.AvoidPhrases);

        Assert.Equal([ChatRole.System, ChatRole.User], messages.Select(m => m.Role));
        var system = messages[0].Text;
        Assert.Contains("direct and built around the customer's goals", system, StringComparison.Ordinal);
        Assert.Contains("Keep every name, company, product, number, date and duration", system, StringComparison.Ordinal);
        Assert.Contains("one or two sentences", system, StringComparison.Ordinal);
        Assert.Contains("no preamble", system, StringComparison.Ordinal);
        Assert.Contains("partner*", system, StringComparison.Ordinal);
    }

    [Fact]
    public void For_WhenAsked_GivesTheSentenceItsFactsAndTheEmailAroundIt()
    {
        var user = ChatPrompt.For(DisguisedFinding, Routeway, [])[1].Text;

        Assert.Contains($"Sentence to rewrite: {Disguised}", user, StringComparison.Ordinal);
        Assert.Contains("Facts that must appear unchanged: Q3", user, StringComparison.Ordinal);
        Assert.Contains("Email subject: Routeway for the holiday peak", user, StringComparison.Ordinal);
        Assert.Contains("Reader's company: Northwind Traders", user, StringComparison.Ordinal);
        Assert.Contains("Reader's first name: Jane", user, StringComparison.Ordinal);
        Assert.Contains("What the sender sells: Routeway", user, StringComparison.Ordinal);
        Assert.Contains(Goal, user, StringComparison.Ordinal);
        Assert.Contains(Ask, user, StringComparison.Ordinal);
    }

    [Fact]
    public void For_WhenTheEmailSaysNothingOfAFact_SaysUnknown()
    {
        var bare = Routeway with { Subject = "", Recipients = [], RecipientNames = [], SetAside = [], AuthorText = Disguised };

        var user = ChatPrompt.For(DisguisedFinding, bare, [])[1].Text;

        Assert.Contains("Email subject: unknown", user, StringComparison.Ordinal);
        Assert.Contains("Reader's company: unknown", user, StringComparison.Ordinal);
    }
}
