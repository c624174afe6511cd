using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Tests;
using Xunit.Abstractions;

namespace OutreachLint.RealMail.Tests;

/// <summary>
/// Whole emails written separately from a different brief (tests/data/blind/emails, never trained on): a message is
/// judged right when it is flagged exactly when its author's own text needs a rewrite.
/// </summary>
public sealed class BlindEmailTests(ITestOutputHelper output)
{
    private static readonly string Folder = RepoRoot.Combine("tests", "data", "blind", "emails");

    [Fact]
    public async Task Check_WhenJudgingEmailsWrittenBySomeoneElse_GetsAtLeastNinetyPercentRight()
    {
        var truth = File.ReadAllLines(Path.Combine(Folder, "labels.tsv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => c[1].Trim() == "true");
        var extractor = new AuthorTextExtractor();
        var documents = new List<EmailDocument>();
        await foreach (var item in new MessageSourceFactory().Create(Folder).ReadAsync(CancellationToken.None))
        {
            documents.Add(extractor.Extract(item));
        }

        var results = Pipeline.Engine.LintBatch(documents);
        var wrong = results.Where(r => r.IsFlagged != truth[Path.GetFileName(r.Document.Source)]).ToList();
        foreach (var r in wrong)
        {
            output.WriteLine($"{Path.GetFileName(r.Document.Source)}: flagged={r.IsFlagged}, needs rewrite={truth[Path.GetFileName(r.Document.Source)]}; "
                + string.Join(" | ", r.Findings.Where(f => f.Rule.IsSentenceRule).Select(f => $"{f.Rule.Id} {f.Confidence:0.00} {f.Text}")));
        }

        output.WriteLine($"{results.Count - wrong.Count} of {results.Count} judged right");
        Assert.Equal(truth.Count, results.Count);
        Assert.True(results.Count - wrong.Count >= 0.9 * results.Count, $"{wrong.Count} of {results.Count} judged wrong");
    }

    [Fact]
    public async Task Check_WhenAnEmailQuotesOrSignsOffWithOtherWords_ReportsOnlyTheAuthorsText()
    {
        var extractor = new AuthorTextExtractor();
        var documents = new List<EmailDocument>();
        await foreach (var item in new MessageSourceFactory().Create(Folder).ReadAsync(CancellationToken.None))
        {
            documents.Add(extractor.Extract(item));
        }

        foreach (var result in Pipeline.Engine.LintBatch(documents))
        {
            foreach (var finding in result.Findings.Where(f => f.Rule.IsSentenceRule))
            {
                Assert.Equal(finding.Text, result.Document.AuthorText.Substring(finding.Span.Start, finding.Span.Length));
                Assert.DoesNotContain(result.Document.SetAside, part => part.Text.Contains(finding.Text, StringComparison.Ordinal));
            }
        }
    }
}
