namespace OutreachLint.Core.Tests;

public sealed class SentenceSegmenterTests
{
    private readonly SentenceSegmenter _segmenter = new();

    [Theory]
    [InlineData("[|Hi Dave,|]\n\n[|We'd like to partner with you on Q3.|] [|Could I get 15 minutes?|]")]
    [InlineData("[|Use e.g. the Q3 plan with Mr. Smith at 3.5 pm today.|] [|Next one!|]")]
    [InlineData("[|We ship to Acme Inc. and Globex Corp. every week.|] [|Volumes rose in Q3.|] [|Prices did not.|]")]
    [InlineData("[|See https://example.com/a.b?x=1 for details.|] [|Thanks|]")]
    [InlineData("[|Our features:|]\n[|- faster onboarding|]\n[|- 24/7 support|]\n[|• SOC 2 audited|]")]
    [InlineData("[|the deal was extended through 12 / 31 / 01 , see attached .|] [|please call me at x 3 - 5468 .|]")]
    [InlineData("[|while recent events have dramatically impacted the travel volume, alliance wanted to\ncontact you regarding the travel program.|] [|since 1984 we have served you.|]")]
    [InlineData("[|Great news 🎉!|] [|We won \"Best Tool 2026.\"|] [|Talk soon.|]")]
    [InlineData("[|i would like her to spend time with volume management , transportation , gas\ncontrol , and\ntrading support on her first week .|] [|thanks , pat|]")]
    [InlineData("[|i have visited www . acme - tools . com and saw $ 8 . 6 million in sales .|] [|call me .|]")]
    [InlineData("[|Hi Dave,|]\n[|We met at the Leeds show.|]")]
    [InlineData("[|1. Confirm the volumes|]\n[|2. Send the invoice (by Friday)|]")]
    [InlineData("[|Email me at jo.smith@example.co.uk.|] [|J. R. Smith will call.|]")]
    public void Split_WhenTextIsMessy_FindsTheSentencesAReaderSees(string markup)
    {
        var (text, expected) = SpanMarkup.Parse(markup);
        var actual = _segmenter.Split(text);
        Assert.Equal(expected.Select(s => text.Substring(s.Start, s.Length)), actual.Select(s => s.Text));
        Assert.Equal(expected, actual.Select(s => s.Span));
    }

    [Fact]
    public void Split_WhenTextHasNoWords_ReturnsNothing()
    {
        Assert.Empty(_segmenter.Split("  --\n> \n..."));
    }

    [Fact]
    public void Split_WhenSentencesAreNumbered_IndexesThemInOrder()
    {
        Assert.Equal([0, 1, 2], _segmenter.Split("One. Two? Three!").Select(s => s.Index));
    }
}
