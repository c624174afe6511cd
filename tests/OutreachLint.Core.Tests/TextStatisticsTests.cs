namespace OutreachLint.Core.Tests;

public sealed class TextStatisticsTests
{
    [Fact]
    public void Measure_CountsWordsSyllablesAndPronounsWhateverTheirCase()
    {
        var stats = TextStatistics.Measure("We sell tools. YOU'D like OUR tools, I'm sure; Simple.", 2);

        Assert.Equal(10, stats.Words);
        Assert.Equal(11, stats.Syllables); // "simple" keeps its final e: sim-ple
        Assert.Equal(3, stats.SelfPronouns); // we, our, i'm
        Assert.Equal(1, stats.ReaderPronouns); // you'd
        Assert.Equal(2, stats.Sentences);
    }

    [Fact]
    public void Grade_IsZeroForNoWords_AndRisesWithLongerWords()
    {
        Assert.Equal(0, TextStatistics.Measure("", 0).Grade);
        Assert.True(TextStatistics.Measure("Organisational transformation necessitates comprehensive consideration.", 1).Grade
            > TextStatistics.Measure("We cut the cost. It took a week.", 1).Grade);
    }
}
