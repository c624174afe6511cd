using Xunit.Abstractions;

namespace OutreachLint.RealMail.Tests;

/// <summary>
/// Real mail is the hardest test: ordinary business email must almost never be flagged, real pitches mostly should.
/// The corpora measure; they are never trained on.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    [CorpusFact("business-mail")]
    public async Task Check_WhenReadingOrdinaryBusinessMail_FlagsAtMostFivePercent()
    {
        var results = await Pipeline.LintAsync(CorpusFactAttribute.CorpusPath("business-mail"));
        var read = results.Count(r => r.Document.Error is null);
        var flagged = results.Count(r => r.IsFlagged);
        output.WriteLine($"business-mail: {flagged} of {read} flagged ({(double)flagged / read:P1}); {results.Count - read} unreadable");
        foreach (var finding in results.Where(r => r.IsFlagged).SelectMany(r => r.Findings.Where(f => f.Rule.IsSentenceRule).Select(f => (r.Document.Source, f))).Take(40))
        {
            output.WriteLine($"  {Path.GetFileName(finding.Source)} {finding.f.Rule.Id} {finding.f.Confidence:0.00} {finding.f.Text}");
        }

        Assert.True(read >= 3600, $"only {read} messages read");
        // The goal; measured 169 of 3,672 (4.6%) with the shipped model.
        Assert.True(flagged <= read * 0.05, $"{flagged} of {read} ordinary emails flagged");
    }

    [CorpusFact("sales")]
    public async Task Check_WhenReadingRealPitches_FlagsAtLeastSeventyPercent()
    {
        var results = await Pipeline.LintAsync(CorpusFactAttribute.CorpusPath("sales"));
        var read = results.Count(r => r.Document.Error is null);
        var flagged = results.Count(r => r.IsFlagged);
        output.WriteLine($"sales: {flagged} of {read} flagged ({(double)flagged / read:P1})");
        Assert.True(read >= 170, $"only {read} messages read");
        // The goal; measured 124 of 176 (70.5%) with the shipped model, so one lost pitch fails this.
        Assert.True(flagged >= read * 0.70, $"only {flagged} of {read} pitches flagged");
    }
}
