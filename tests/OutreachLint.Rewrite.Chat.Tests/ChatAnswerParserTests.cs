namespace OutreachLint.Rewrite.Chat.Tests;

public sealed class ChatAnswerParserTests
{
    private const string Original = "We'd love to partner with you on your Q3 rollout.";
    private const string Rewrite = "I sell Routeway, and it can help your Q3 rollout.";

    [Theory]
    [InlineData(Rewrite)]
    [InlineData("  " + Rewrite + "\n")]
    [InlineData("\"" + Rewrite + "\"")]
    [InlineData("“" + Rewrite + "”")]
    [InlineData("Rewrite: " + Rewrite)]
    [InlineData("**Rewritten sentence:** " + Rewrite)]
    [InlineData("Here's a more direct version:\n" + Rewrite)]
    [InlineData("Sure! Here is the rewrite:\n\n\"" + Rewrite + "\"")]
    [InlineData("```\n" + Rewrite + "\n```")]
    [InlineData("```text\n" + Rewrite + "\n```")]
    [InlineData("I sell Routeway, and it can\nhelp your Q3 rollout.")]
    public void Parse_WhenTheAnswerIsWrapped_ReturnsTheSentenceAlone(string reply)
    {
        Assert.Equal(Rewrite, ChatAnswerParser.Parse(reply, Original));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("I sell Routeway.\n\nIt can help your Q3 rollout.")]
    [InlineData("One. Two. Three. Four.")]
    public void Parse_WhenTheAnswerIsEmptyOrNotOneShortParagraph_ReturnsNull(string? reply)
    {
        Assert.Null(ChatAnswerParser.Parse(reply, Original));
    }

    [Fact]
    public void Parse_WhenTheAnswerIsFarLongerThanTheOriginal_ReturnsNull()
    {
        var rambling = "I sell Routeway, " + string.Join(", ", Enumerable.Repeat("and it can help your Q3 rollout", 12)) + ".";
        Assert.Null(ChatAnswerParser.Parse(rambling, Original));
    }

    [Fact]
    public void Parse_WhenTheAnswerKeepsItsOwnApostrophes_LeavesThemAlone()
    {
        Assert.Equal("I'd like to sell you Routeway for your Q3 rollout.", ChatAnswerParser.Parse("I'd like to sell you Routeway for your Q3 rollout.", Original));
    }
}
