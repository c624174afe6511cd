namespace OutreachLint.Rewrite.Tests;

public sealed class RewriteEntitiesTests
{
    [Theory]
    [InlineData("Could I steal 15 minutes Thursday?", "Duration:15 minutes", "Day:Thursday")]
    [InlineData("Do you have half an hour next week?", "Duration:half an hour")]
    [InlineData("Would a 20-minute call on 12/03 at 2pm work?", "Duration:20-minute", "Date:12/03", "Time:2pm")]
    [InlineData("We just raised $40M in our Series B led by Sequoia Capital.", "Money:$40M", "Name:Series B", "Name:Sequoia Capital")]
    [InlineData("Budgets of £2,000 and €500k grew 30% and 3x in Q3.", "Money:£2,000", "Money:€500k", "Ratio:30%", "Ratio:3x", "Period:Q3")]
    [InlineData("Let's meet before March 31 or on the 21st of June.", "Date:March 31", "Date:21st of June")]
    [InlineData("Our customers include Barclays, Monzo and HSBC.", "Name:Barclays", "Name:Monzo", "Acronym:HSBC")]
    [InlineData("Acme Cloud was named a Leader in 2025.", "Name:Acme Cloud", "Name:Leader", "Number:2025")]
    [InlineData("Hi Jane, is Northwind's EMEA team hiring in January?", "Name:Jane", "Name:Northwind", "Acronym:EMEA", "Month:January")]
    [InlineData("We'd love to partner with you on your FY26 plan.", "Period:FY26")]
    public void Find_WhenSentenceHasFacts_ListsEachWithItsKind(string sentence, params string[] expected)
    {
        var found = RewriteEntities.Find(sentence).Select(e => $"{e.Kind}:{e.Text}");
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("Routeway helps fleets.")]
    [InlineData("Our team would love to chat.")]
    [InlineData("I think we should talk.")]
    public void Find_WhenOnlyCapitalIsTheSentenceStart_FindsNothing(string sentence) =>
        Assert.Empty(RewriteEntities.Find(sentence));

    [Fact]
    public void Find_WhenEntitiesAreFound_ReportsTheirOffsets()
    {
        const string sentence = "Could I steal 15 minutes Thursday?";
        Assert.All(RewriteEntities.Find(sentence), e => Assert.Equal(e.Text, sentence.Substring(e.Start, e.Text.Length)));
    }

    [Fact]
    public void Missing_WhenReplacementDropsAFact_ReturnsIt()
    {
        var missing = RewriteEntities.Missing("Could I steal 15 minutes Thursday?", "Could I have 15 minutes?");
        Assert.Equal(["Thursday"], missing.Select(e => e.Text));
    }

    [Fact]
    public void Missing_WhenReplacementKeepsEveryFact_ReturnsNothing() =>
        Assert.Empty(RewriteEntities.Missing("Could I steal 15 minutes Thursday?", "15 minutes on thursday is enough."));
}
