using OutreachLint.Core;

namespace OutreachLint.Rewrite.Tests;

/// <summary>Favour-ask rewrites read as English: alternatives keep their "or", verbs take the right "-ing", nothing is said twice.</summary>
public sealed class FavorAskPhrasingTests
{
    [Theory]
    [InlineData( // two days offered as alternatives stay alternatives
        "Would Monday or Thursday suit you for a 20-minute call?",
        "If [outcome] matters to you, a 20-minute call on Monday or Thursday is enough to show you how.")]
    [InlineData( // "transfer" is stressed on its last syllable, so its r doubles
        "Could you transfer my note to the facilities team at Orbis Dental?",
        "If [outcome] matters to you, transferring my note to the facilities team at Orbis Dental would let me show you how I can help.")]
    [InlineData( // an emphatic "please do" is not the verb
        "Please do send me the floor plans for your Leeds store.",
        "If [outcome] matters to you, sending me the floor plans for your Leeds store would let me show you how I can help.")]
    [InlineData( // "could u" is "could you", and a modal never becomes "coulding"
        "please could u send me the floor plans",
        "If [outcome] matters to you, sending me the floor plans would let me show you how I can help.")]
    public void Suggest_WhenAFavourIsAsked_ReadsAsOneCleanSentence(string sentence, string expected)
    {
        Assert.Equal(expected, Suggest(sentence));
    }

    [Fact]
    public void Suggest_WhenTheMeetingHasALength_SaysItOnceByTheMeeting()
    {
        const string sentence = "Would it be possible to set up a 45-minute meeting with you and your COO?";
        var document = TestEmails.Routeway(sentence);
        var candidates = new TemplateRewriter().Candidates(Labels.FavorAsk, sentence, document);
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Single(System.Text.RegularExpressions.Regex.Matches(c, "45-minute")));
    }

    [Fact]
    public void Suggest_WhenTheAskOpensWithDoYouMindIf_NeverMakesAGerundOfIf()
    {
        var suggestion = Suggest("Do you mind if I drop a calendar hold in for Monday at 4pm?");
        Assert.DoesNotContain("ifing", suggestion ?? "", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Suggest(string sentence) => TestEmails.Suggest(Labels.FavorAsk, sentence);
}
