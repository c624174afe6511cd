using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Tests;

public sealed class TemplateRewriterCaseTests
{
    private static readonly Regex Trigger = new(
        @"\b(?:partner\w*|collaborat\w*|synerg\w*|opportunit\w*|explor\w*|pick your brain|our platform|industry-leading|we'd love|work(?:ing)? together|award-winning|value proposition)\b",
        RegexOptions.IgnoreCase);

    private static readonly Regex AnyPlaceholder = new(@"\[[^\[\]]+\]");

    private readonly TemplateRewriter _rewriter = new();

    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, RewriteCases.All.Count)];

    [Fact]
    public void Cases_Always_CoverEachRuleWithAtLeastTenSentences()
    {
        Assert.True(RewriteCases.All.Count >= 30);
        Assert.All(RewriteCases.All.GroupBy(c => c.Rule), g => Assert.True(g.Count() >= 10, g.Key));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Suggest_WhenSentenceIsFlagged_KeepsEveryEntity(int index)
    {
        var (c, replacement) = Rewrite(index);
        Assert.Empty(RewriteEntities.Missing(c.Sentence, replacement));
        Assert.NotEmpty(RewriteEntities.Find(c.Sentence));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Suggest_WhenSentenceIsFlagged_AvoidsTriggerVocabulary(int index)
    {
        var (c, replacement) = Rewrite(index);
        var masked = RewriteEntities.Find(c.Sentence).Aggregate(replacement, (text, e) => text.Replace(e.Text, "#", StringComparison.Ordinal));
        Assert.DoesNotMatch(Trigger, masked);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Suggest_WhenContextSuppliesOrLacksFacts_ShowsExactlyTheMissingPlaceholders(int index)
    {
        var (c, replacement) = Rewrite(index);
        var shown = AnyPlaceholder.Matches(replacement).Select(m => m.Value).Distinct().Order().ToArray();
        Assert.Equal(c.Placeholders.Order().ToArray(), shown);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Suggest_WhenCalledAgainOrByAnotherInstance_ReturnsTheSameText(int index)
    {
        var (c, first) = Rewrite(index);
        var document = c.Document;
        var again = new TemplateRewriter().Suggest(TestEmails.FindingFor(c.Rule, c.Sentence, document), document);
        Assert.Equal(first, again?.Replacement);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Suggest_WhenSentenceIsFlagged_ReadsAsOneCleanSentence(int index)
    {
        var (_, replacement) = Rewrite(index);
        Assert.Matches(@"^[A-Z0-9\[]", replacement);
        Assert.Matches(@"[.!?]$", replacement);
        Assert.DoesNotContain("{", replacement, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", replacement, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\s[,;.]|[,;]{2}", replacement);
    }

    private (RewriteCase Case, string Replacement) Rewrite(int index)
    {
        var c = RewriteCases.All[index];
        var document = c.Document;
        var suggestion = _rewriter.Suggest(TestEmails.FindingFor(c.Rule, c.Sentence, document), document);
        Assert.NotNull(suggestion);
        Assert.Equal("template", suggestion.Origin);
        return (c, suggestion.Replacement);
    }
}
