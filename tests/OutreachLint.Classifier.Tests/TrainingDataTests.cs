using System.Text.RegularExpressions;
using OutreachLint.Core;
using OutreachLint.Tests;

namespace OutreachLint.Classifier.Tests;

public sealed partial class TrainingDataTests
{
    private static readonly IReadOnlyList<LabeledSentence> Rows = TrainingDataReader.ReadDirectory(RepoRoot.Combine("training-data"));

    [Fact]
    public void TrainingData_WhenRead_HasTheVolumeTheIssueAsksFor()
    {
        Assert.True(Rows.Count >= 4000, $"{Rows.Count} rows");
        Assert.True(Rows.Count(r => r.Label == Labels.Ok) >= 1000);
        foreach (var label in Labels.All)
        {
            Assert.True(Rows.Count(r => r.Label == label) >= 500, $"{label} has too few rows");
        }
    }

    [Fact]
    public void TrainingData_WhenCompared_HasNoDuplicatesOrNearDuplicates()
    {
        var sets = Rows.Select(r => Words().Matches(r.Text.ToLowerInvariant()).Select(m => m.Value).ToHashSet()).ToArray();
        var order = Enumerable.Range(0, Rows.Count).OrderBy(i => sets[i].Count).ToArray();
        var problems = new List<string>();
        for (var a = 0; a < order.Length; a++)
        {
            var left = sets[order[a]];
            for (var b = a + 1; b < order.Length && sets[order[b]].Count * 0.8 <= left.Count; b++)
            {
                var right = sets[order[b]];
                var shared = left.Count(right.Contains);
                if (shared >= 0.8 * (left.Count + right.Count - shared))
                {
                    problems.Add($"{Where(order[a])} ~ {Where(order[b])}");
                }
            }
        }

        Assert.True(problems.Count == 0, "near-duplicates (word-set Jaccard >= 0.8):\n" + string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void TrainingData_WhenRead_HasOnlyKnownLabelsAndNonEmptyText()
    {
        Assert.All(Rows, r => Assert.True(Labels.IsKnown(r.Label) && r.Text.Trim().Length > 0, Where(Rows.ToList().IndexOf(r))));
    }

    [Theory]
    [InlineData("blind")]
    [InlineData("blind-2")]
    [InlineData("blind-4")]
    [InlineData("blind-5")]
    [InlineData("blind-6")]
    public void BlindSet_WhenComparedWithTrainingData_SharesNoSentence(string folder)
    {
        var training = Rows.Select(r => Normal(r.Text)).ToHashSet();
        var blind = TrainingDataReader.ReadFile(RepoRoot.Combine("tests", "data", folder, "blind-sentences.tsv"));
        Assert.DoesNotContain(blind, b => training.Contains(Normal(b.Text)));
    }

    private static string Normal(string text) => string.Join(' ', Words().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    private static string Where(int i) => $"{Path.GetFileName(Rows[i].File)}:{Rows[i].Line}";

    [GeneratedRegex("[a-z0-9']+")]
    private static partial Regex Words();
}
