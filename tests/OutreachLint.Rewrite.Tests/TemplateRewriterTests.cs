using OutreachLint.Core;

namespace OutreachLint.Rewrite.Tests;

public sealed class TemplateRewriterTests
{
    [Fact]
    public void Prepare_RunsWithoutTheReCheckAndLeavesSuggestionsUnchanged()
    {
        var checks = 0;
        var rewriter = new TemplateRewriter(wouldBeFlagged: _ => { checks++; return false; });
        var document = TestEmails.Routeway("We'd love to partner with you on routing.");
        var before = new TemplateRewriter().Candidates(Labels.DisguisedSelling, "We'd love to partner with you on routing.", document);

        rewriter.Prepare();

        Assert.Equal(0, checks);
        Assert.Equal(before, rewriter.Candidates(Labels.DisguisedSelling, "We'd love to partner with you on routing.", document));
    }

    [Fact]
    public void Suggest_WhenPartnershipHidesTheSale_StatesProductTopicAndOutcome()
    {
        const string sentence = "We'd love to partner with you on your Q3 rollout.";
        Assert.Equal(
            "I'd like to sell you Routeway for your Q3 rollout, because it can help you cut delivery costs before the holiday peak.",
            Suggest(Labels.DisguisedSelling, sentence, TestEmails.Routeway(sentence)));
    }

    [Fact]
    public void Suggest_WhenFavorAskHasNoContext_KeepsDurationAndDayWithOutcomePlaceholder()
    {
        const string sentence = "Could I steal 15 minutes Thursday?";
        Assert.Equal(
            "If [outcome] matters to you, 15 minutes on Thursday is enough to show you how.",
            Suggest(Labels.FavorAsk, sentence, TestEmails.Bare(sentence)));
    }

    [Fact]
    public void Suggest_WhenSellerBoastsOfCustomerCount_LeadsWithThemAndTheReadersCompany()
    {
        const string sentence = "Our award-winning platform is trusted by 500 banks.";
        Assert.Equal(
            "500 banks use Ledgerline to close the books in 3 days instead of 8; I think it could do the same for Contoso.",
            Suggest(Labels.SellerCentric, sentence, TestEmails.Ledgerline(sentence)));
    }

    [Fact]
    public void Suggest_WhenSellerBoastsWithoutContext_UsesPlaceholdersOnlyForMissingFacts()
    {
        const string sentence = "Our award-winning platform is trusted by 500 banks.";
        var text = Suggest(Labels.SellerCentric, sentence, TestEmails.Bare(sentence));
        Assert.Equal("500 banks use [product] to [outcome]; I think it could do the same for you.", text);
    }

    [Fact]
    public void Suggest_WhenGreetingOpensTheSentence_KeepsTheGreetingInFront()
    {
        const string sentence = "Hi Tom, a mutually beneficial relationship between Ledgerline and Contoso could start with your FY26 audit.";
        var text = Suggest(Labels.DisguisedSelling, sentence, TestEmails.Ledgerline(sentence));
        Assert.StartsWith("Hi Tom, I'd like to sell Ledgerline to Contoso for your FY26 audit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_WhenAskNamesAPersonWithTitle_KeepsTheAppositiveCommas()
    {
        const string sentence = "Any chance you could spare an hour in May for a call with our CEO, David Park?";
        var text = Suggest(Labels.FavorAsk, sentence, TestEmails.Quillstack(sentence));
        Assert.Contains("with our CEO, David Park", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_WhenGoalIsDated_DoesNotAddATimeFrameOfItsOwn()
    {
        const string sentence = "Could I steal 15 minutes Thursday?";
        var text = Suggest(Labels.FavorAsk, sentence, TestEmails.Routeway(sentence));
        Assert.DoesNotContain("this quarter", text, StringComparison.Ordinal);
        Assert.Contains("before the holiday peak", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_WhenPlainTextDraftIsSignedWithAFirstName_NeverSellsThePerson()
    {
        const string sentence = "We'd love to explore working together with Harlow Freight this year.";
        var document = TestEmails.SignedOff(sentence, "Sam");
        var text = Suggest(Labels.DisguisedSelling, sentence, document);
        Assert.NotNull(text);
        Assert.DoesNotContain("Sam", text, StringComparison.Ordinal);
        Assert.Contains("[product]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Candidates_WhenTheSentenceIsAHostileRunOn_OffersNothing()
    {
        // Thousands of words with no full stop are not a sentence a rep sends; the rewriter declines rather than grinding.
        var sentence = "Could you spare " + string.Concat(Enumerable.Repeat("15 minutes on Tuesday ", 200)) + "?";
        Assert.Empty(new TemplateRewriter().Candidates(Labels.FavorAsk, sentence, TestEmails.Routeway(sentence)));
        Assert.NotEmpty(new TemplateRewriter().Candidates(Labels.FavorAsk, "Could you spare 15 minutes on Tuesday?", TestEmails.Routeway("Could you spare 15 minutes on Tuesday?")));
    }

    [Fact]
    public void Suggest_WhenTheAskIsNotForTime_KeepsTheRequestInsteadOfInventingACall()
    {
        const string sentence = "Could you forward this note to your head of procurement?";
        var text = Suggest(Labels.FavorAsk, sentence, TestEmails.Routeway(sentence));
        // The forward reaches the head of procurement, so the benefit is offered to them (ReferralAskTests).
        Assert.Equal("If cutting delivery costs before the holiday peak matters to your head of procurement, forwarding this note to them would let me show them how Routeway can help.", text);
    }

    [Fact]
    public void Suggest_WhenNoTemplateShapeFits_ListsEveryFactInAPlainStatementOfIntent()
    {
        const string sentence = "we feel strongly that Kumar Textiles and our AI quality inspection can jointly create a new benchmark for the Tiruppur cluster";
        var text = Suggest(Labels.DisguisedSelling, sentence, TestEmails.SignedOff(sentence, "Sam"));
        Assert.Equal("I'd like to sell you our AI quality inspection for Kumar Textiles and the Tiruppur cluster, because I think it can help you [outcome].", text);
    }

    [Fact]
    public void Suggest_WhenSellerBoastsAfterAClauseAboutTheReader_KeepsTheReaderClauseFirst()
    {
        const string sentence = "Given that your firm handles cross-border work in Germany, I thought you'd be interested to know that our translation engine supports 140 languages.";
        var text = Suggest(Labels.SellerCentric, sentence, TestEmails.SignedOff(sentence, "Sam"));
        Assert.Equal("Given that your firm handles cross-border work in Germany, I think our translation engine can help you [outcome]; our translation engine supports 140 languages.", text);
    }

    [Fact]
    public void Suggest_WhenFindingIsNotASentenceRule_ReturnsNull()
    {
        var document = TestEmails.Routeway("Hello.");
        var finding = TestEmails.FindingFor(Labels.FavorAsk, "Hello.", document) with { Rule = RuleCatalog.TooLong };
        Assert.Null(new TemplateRewriter().Suggest(finding, document));
    }

    [Fact]
    public void Suggest_WhenPredicateFlagsTheFirstCandidate_UsesTheNextTemplate()
    {
        const string sentence = "We'd love to partner with you on your Q3 rollout.";
        var document = TestEmails.Routeway(sentence);
        var rejected = new List<string>();
        var rewriter = new TemplateRewriter(wouldBeFlagged: text =>
        {
            var flagged = text.StartsWith("I'd like to sell you", StringComparison.Ordinal);
            if (flagged)
            {
                rejected.Add(text);
            }

            return flagged;
        });

        var text = rewriter.Suggest(TestEmails.FindingFor(Labels.DisguisedSelling, sentence, document), document)?.Replacement;
        var expected = new TemplateRewriter().Candidates(Labels.DisguisedSelling, sentence, document)
            .First(c => !c.StartsWith("I'd like to sell you", StringComparison.Ordinal));
        Assert.NotEmpty(rejected);
        Assert.Equal(expected, text);
        Assert.Contains("your Q3 rollout", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_WhenPredicateFlagsEveryCandidate_ReturnsNull()
    {
        const string sentence = "Could I steal 15 minutes Thursday?";
        var document = TestEmails.Routeway(sentence);
        var rewriter = new TemplateRewriter(wouldBeFlagged: _ => true);
        Assert.Null(rewriter.Suggest(TestEmails.FindingFor(Labels.FavorAsk, sentence, document), document));
    }

    [Fact]
    public void Candidates_WhenContextSuppliesEveryFact_PutsPlaceholderFreeCandidatesFirst()
    {
        const string sentence = "Could I steal 15 minutes Thursday?";
        var candidates = new TemplateRewriter().Candidates(Labels.FavorAsk, sentence, TestEmails.Routeway(sentence));
        Assert.True(candidates.Count >= 3);
        Assert.All(candidates, c => Assert.DoesNotContain("[", c, StringComparison.Ordinal));
        Assert.Equal(candidates.Distinct().Count(), candidates.Count);
    }

    [Fact]
    public void Suggest_WhenNoTemplateCanKeepEveryEntity_ReturnsNull()
    {
        const string json = """
            { "avoid": ["partner*"], "templates": [
              { "id": "ds", "rule": "disguised-selling", "slots": ["product"], "text": "I'd like to sell you {product}." },
              { "id": "fa", "rule": "favor-ask", "slots": ["outcomeGerund"], "text": "If {outcomeGerund} matters, a short call would show you how." },
              { "id": "sc", "rule": "seller-centric", "slots": ["claim"], "text": "For context, {claim}." } ] }
            """;
        const string sentence = "Could I steal 15 minutes Thursday?";
        var document = TestEmails.Routeway(sentence);
        var rewriter = new TemplateRewriter(RewriteTemplateSet.Parse(json));
        Assert.Null(rewriter.Suggest(TestEmails.FindingFor(Labels.FavorAsk, sentence, document), document));
    }

    [Fact]
    public void Suggest_WhenCustomTemplateSetIsGiven_RendersItsTemplates()
    {
        const string json = """
            { "avoid": ["partner*"], "templates": [
              { "id": "ds", "rule": "disguised-selling", "slots": ["product", "topic"], "text": "{product} is for {topic}." },
              { "id": "fa", "rule": "favor-ask", "slots": ["meeting"], "text": "{meeting}, then." },
              { "id": "sc", "rule": "seller-centric", "slots": ["claim"], "text": "For context, {claim}." } ] }
            """;
        const string sentence = "We'd love to partner with you on your Q3 rollout.";
        var document = TestEmails.Routeway(sentence);
        var text = new TemplateRewriter(RewriteTemplateSet.Parse(json)).Rewrite(Labels.DisguisedSelling, sentence, document);
        Assert.Equal("Routeway is for your Q3 rollout.", text);
    }

    [Fact]
    public void Suggest_WhenArgumentIsNull_Throws()
    {
        var document = TestEmails.Bare("x");
        var finding = TestEmails.FindingFor(Labels.FavorAsk, "x", document);
        var rewriter = new TemplateRewriter();
        Assert.Throws<ArgumentNullException>(() => rewriter.Suggest(null!, document));
        Assert.Throws<ArgumentNullException>(() => rewriter.Suggest(finding, null!));
    }

    private static string? Suggest(string rule, string sentence, EmailDocument document) => TestEmails.Suggest(rule, sentence, document);
}
