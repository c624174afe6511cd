namespace OutreachLint.Core.Tests;

public sealed class LintEngineTests
{
    private static readonly FakeClassifier Classifier = new(
        ("partner with you", Labels.DisguisedSelling, 0.95f),
        ("15 minutes", Labels.FavorAsk, 0.9f),
        ("award-winning", Labels.SellerCentric, 0.6f));

    [Fact]
    public void Lint_WhenSentencesAreFlagged_PointsAtThemExactly()
    {
        var (text, spans) = SpanMarkup.Parse("Hi Dave,\n\n[|We'd like to partner with you on Q3.|]\n[|Could I get 15 minutes Thursday?|]\n\nThanks");
        var result = new LintEngine(Classifier, null).Lint(Doc(text));
        var sentenceFindings = result.Findings.Where(f => f.Rule.IsSentenceRule).ToList();
        Assert.Equal(spans, sentenceFindings.Select(f => f.Span));
        Assert.Equal(["OL001", "OL002"], sentenceFindings.Select(f => f.Rule.Id));
        Assert.Equal(new TextPosition(3, 1), sentenceFindings[0].Position);
        Assert.Equal(text.Substring(spans[1].Start, spans[1].Length), sentenceFindings[1].Text);
        Assert.True(result.IsFlagged);
        Assert.True(result.Score < 70);
    }

    [Fact]
    public void Lint_WhenOnlyAWeakSignalIsPresent_DoesNotFlagOrdinaryMail()
    {
        var result = new LintEngine(Classifier, null).Lint(Doc("Our award-winning canteen reopens Monday. Lunch is at noon."));
        Assert.False(result.IsFlagged);
    }

    [Fact]
    public void Lint_WhenAWeakSignalSitsBesideAStrongOne_ReportsBoth()
    {
        var result = new LintEngine(Classifier, null).Lint(Doc("We'd like to partner with you. Our award-winning team is ready."));
        Assert.Equal(["OL001", "OL003"], result.Findings.Where(f => f.Rule.IsSentenceRule).Select(f => f.Rule.Id));
    }

    [Fact]
    public void Lint_WhenConfigurationTurnsARuleOffOrAcceptsAPhrase_HonoursIt()
    {
        var options = new LintOptions
        {
            RuleSeverities = new Dictionary<string, Severity?> { ["favor-ask"] = null, ["OL001"] = Severity.Error },
            AcceptPhrases = ["Acme Partner Network"],
            RejectPhrases = ["touch base"],
        };
        var engine = new LintEngine(Classifier, null, options);
        var result = engine.Lint(Doc("We'd like to partner with you. Could I get 15 minutes? Let's touch base soon."));
        Assert.Equal(Severity.Error, Assert.Single(result.Findings, f => f.Rule.Id == "OL001").Severity);
        Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "OL002");
        var custom = Assert.Single(result.Findings, f => f.Rule.Id == "OL110");
        Assert.Equal("touch base", custom.Text);

        var accepted = engine.Lint(Doc("Join the Acme Partner Network so we can partner with you on referrals."));
        Assert.False(accepted.IsFlagged);
    }

    [Fact]
    public void LintBatch_WhenGivenManyDocuments_ClassifiesOnceAndKeepsOrder()
    {
        var classifier = new FakeClassifier(("partner with you", Labels.DisguisedSelling, 0.9f));
        var docs = new[] { Doc("Lunch at noon."), Doc("We'd like to partner with you."), Doc("") with { Error = "x: unreadable" } };
        var results = new LintEngine(classifier, null).LintBatch(docs);
        Assert.Equal(1, classifier.Calls);
        Assert.Equal([false, true, false], results.Select(r => r.IsFlagged));
        Assert.Empty(results[2].Findings);
    }

    [Fact]
    public void LintBatch_WhenSuggestionsAreOff_JudgesTheSameWithoutAskingTheRewriter_AndLintWithSuggestionsAddsThem()
    {
        var rewriter = new CountingRewriter();
        var engine = new LintEngine(Classifier, rewriter, new LintOptions { Suggestions = false });
        var doc = Doc("We'd like to partner with you. Could I get 15 minutes Thursday?");

        var plain = engine.Lint(doc);
        Assert.Equal(0, rewriter.Batches);
        Assert.All(plain.Findings, f => Assert.Null(f.Suggestion));

        var suggested = engine.LintWithSuggestions(doc);
        Assert.Equal(1, rewriter.Batches);
        Assert.Equal(plain.Findings.Select(f => (f.Rule, f.Span, f.Severity)), suggested.Findings.Select(f => (f.Rule, f.Span, f.Severity)));
        Assert.Equal(plain.Score, suggested.Score);
        Assert.Equal(["1 of 2", "2 of 2"], suggested.Findings.Where(f => f.Rule.IsSentenceRule).Select(f => f.Suggestion?.Replacement));
    }

    [Fact]
    public void Lint_WhenNoSeverityIsConfigured_TakesItFromTheCalibratedConfidence()
    {
        var classifier = new FakeClassifier(
            ("partner with you", Labels.DisguisedSelling, 0.95f),
            ("15 minutes", Labels.FavorAsk, 0.75f),
            ("award-winning", Labels.SellerCentric, 0.6f));
        var text = "We'd like to partner with you. Could I get 15 minutes? Our award-winning team is ready.";

        var findings = new LintEngine(classifier, null).Lint(Doc(text)).Findings.Where(f => f.Rule.IsSentenceRule).ToList();
        var configured = new LintEngine(classifier, null, new LintOptions { RuleSeverities = new Dictionary<string, Severity?> { ["seller-centric"] = Severity.Warning } })
            .Lint(Doc(text)).Findings.Single(f => f.Rule.Id == "OL003");

        Assert.Equal([Severity.Error, Severity.Warning, Severity.Info], findings.Select(f => f.Severity));
        Assert.Equal(Severity.Warning, configured.Severity);
    }

    [Fact]
    public void LintBatch_WhenLargeEnoughToRunInParallel_KeepsEveryResultWithItsOwnEmail()
    {
        var classifier = new FakeClassifier(("partner with you", Labels.DisguisedSelling, 0.9f));
        var docs = Enumerable.Range(0, 200)
            .Select(i => Doc(i % 3 == 0 ? $"Email {i}: we'd like to partner with you." : $"Email {i}: lunch is at noon."))
            .ToList();

        var results = new LintEngine(classifier, new EchoRewriter()).LintBatch(docs);

        Assert.Equal(1, classifier.Calls);
        Assert.Equal(docs, results.Select(r => r.Document));
        Assert.Equal(docs.Select((_, i) => i % 3 == 0), results.Select(r => r.IsFlagged));
        Assert.All(results.Where(r => r.IsFlagged), r => Assert.Equal(r.Document.AuthorText, r.Findings[0].Suggestion?.Replacement));
    }

    [Fact]
    public void Lint_WhenARewriterIsGiven_AttachesItsSuggestion()
    {
        var rewriter = new FixedRewriter("I sell route planning for your depots.");
        var result = new LintEngine(Classifier, rewriter).Lint(Doc("We'd like to partner with you."));
        Assert.Equal("I sell route planning for your depots.", result.Findings[0].Suggestion?.Replacement);
    }

    [Fact]
    public void Lint_WhenAnEmailHasSeveralFindings_AsksTheRewriterForAllOfThemInOneCall()
    {
        var rewriter = new CountingRewriter();
        var result = new LintEngine(Classifier, rewriter).Lint(Doc("We'd like to partner with you. Could I get 15 minutes Thursday?"));
        Assert.Equal(1, rewriter.Batches);
        Assert.Equal(["1 of 2", "2 of 2"], result.Findings.Where(f => f.Rule.IsSentenceRule).Select(f => f.Suggestion?.Replacement));
    }

    [Fact]
    public void Lint_WhenAFirstTouchIsLongAndSellerFocused_AddsEmailLevelFindingsWithoutFlaggingByThemselves()
    {
        var text = string.Join(' ', Enumerable.Repeat("We think our organisation's comprehensive implementation methodology delivers considerable operational improvements.", 12));
        var result = new LintEngine(Classifier, null).Lint(Doc(text));
        Assert.Contains(result.Findings, f => f.Rule.Id == "OL104");
        Assert.Contains(result.Findings, f => f.Rule.Id == "OL105");
        Assert.False(result.IsFlagged);
    }

    [Fact]
    public void Lint_WhenMailIsInternal_IgnoresAsksAndWeTalkButNotDisguisedSelling()
    {
        var engine = new LintEngine(Classifier, null);
        var internalAsk = Doc("Could I get 15 minutes Thursday? Our award-winning canteen is shut.") with { Recipients = ["jo@seller.com"] };
        Assert.False(engine.Lint(internalAsk).IsFlagged);
        var disguised = Doc("We'd like to partner with you on this. Could I get 15 minutes?") with { Recipients = ["jo@seller.com"], FromAddress = "sam@seller.com" };
        Assert.False(engine.Lint(disguised).IsFlagged); // one strong disguised sentence internally is not enough
    }

    [Fact]
    public void Lint_WhenContextIsUnknown_NeedsTwoStrongFindings()
    {
        var engine = new LintEngine(Classifier, null);
        var one = Doc("Could I get 15 minutes Thursday? Thanks.") with { FromAddress = "", Recipients = [] };
        var two = Doc("We'd like to partner with you. Could I get 15 minutes Thursday?") with { FromAddress = "", Recipients = [] };
        Assert.False(engine.Lint(one).IsFlagged);
        Assert.True(engine.Lint(two).IsFlagged);
        Assert.True(new LintEngine(Classifier, null, new LintOptions { AssumeOutreach = true }).Lint(one).IsFlagged);
    }

    [Fact]
    public void Lint_WhenContextIsUnknown_AcceptsOneNearCertainFindingWithTwoWeakerOnes()
    {
        var classifier = new FakeClassifier(
            ("partner with you", Labels.DisguisedSelling, 0.95f),
            ("award-winning", Labels.SellerCentric, 0.6f),
            ("fastest", Labels.SellerCentric, 0.6f));
        var engine = new LintEngine(classifier, null);
        var oneWeak = Doc("We'd like to partner with you. Our award-winning team is ready.") with { FromAddress = "", Recipients = [] };
        var twoWeak = Doc("We'd like to partner with you. Our award-winning team is ready. We are the fastest.") with { FromAddress = "", Recipients = [] };

        Assert.False(engine.Lint(oneWeak).IsFlagged);
        Assert.True(engine.Lint(twoWeak).IsFlagged);
    }

    [Theory]
    [InlineData("sam@seller.com", new[] { "jo@buyer.com" }, MailContext.External)]
    [InlineData("sam@seller.com", new[] { "jo@seller.com", "al@eu.seller.com" }, MailContext.Internal)]
    [InlineData("", new[] { "jo@buyer.com" }, MailContext.Unknown)]
    [InlineData("sam@seller.com", new string[0], MailContext.Unknown)]
    public void MailContext_WhenDomainsDiffer_TellsInternalFromExternal(string from, string[] to, MailContext expected)
    {
        Assert.Equal(expected, MailContextClassifier.Of(new EmailDocument { Source = "x", FromAddress = from, Recipients = to }));
    }

    private static EmailDocument Doc(string text) =>
        new() { Source = "draft.txt", AuthorText = text, FromAddress = "sam@seller.com", Recipients = ["dave@buyer.com"] };

    private sealed class EchoRewriter : IRewriter
    {
        public Suggestion? Suggest(Finding finding, EmailDocument document) => new(document.AuthorText, "test");
    }

    private sealed class FixedRewriter(string text) : IRewriter
    {
        public Suggestion? Suggest(Finding finding, EmailDocument document) => new(text, "test");
    }

    private sealed class CountingRewriter : IRewriter
    {
        public int Batches { get; private set; }

        public Suggestion? Suggest(Finding finding, EmailDocument document) => throw new InvalidOperationException("the engine should ask in one batch");

        public IReadOnlyList<Suggestion?> SuggestAll(IReadOnlyList<Finding> findings, EmailDocument document)
        {
            Batches++;
            return [.. findings.Select((_, i) => new Suggestion($"{i + 1} of {findings.Count}", "test"))];
        }
    }
}
