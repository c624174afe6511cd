using OutreachLint.Core;
using OutreachLint.Rewrite.Internal;

namespace OutreachLint.Rewrite.Tests;

public sealed class RewriteContextReaderTests
{
    [Fact]
    public void Read_WhenRecipientDomainIsHyphenated_NamesCompanyInTitleCase()
    {
        var context = RewriteContextReader.Read(TestEmails.Brightline("Hello."), "Hello.");
        Assert.Equal("Acme Corp", context.Company);
        Assert.Equal("Brightline Analytics", context.Sender);
        Assert.Equal("Maria", context.Name);
        Assert.Null(context.Product);
    }

    [Fact]
    public void RewriteFacts_WhenRead_AreTheTemplateRewritersContext()
    {
        var facts = RewriteFacts.Of(TestEmails.Brightline("Hello."), "Hello.");
        Assert.Equal(new RewriteFacts(null, "hire 40 engineers in Leeds by June", "Acme Corp", "Brightline Analytics", "Maria"), facts);
    }

    [Fact]
    public void Read_WhenTextSpellsTheDomainsCompany_UsesThatSpelling()
    {
        var document = TestEmails.Bare("Congrats on AcmeBank's launch in Leeds.") with
        {
            FromAddress = "amy@pathfinder.io",
            Recipients = ["amy@pathfinder.io", "li@acmebank.com"],
        };
        var context = RewriteContextReader.Read(document, "x");
        Assert.Equal("AcmeBank", context.Company);
        Assert.Equal("Pathfinder", context.Sender);
    }

    [Fact]
    public void Read_WhenSignatureNamesAProduct_PrefersItOverPersonTitleAndCompany()
    {
        var context = RewriteContextReader.Read(TestEmails.Routeway("Hello."), "Hello.");
        Assert.Equal("Routeway", context.Product);
        Assert.Equal("Fabrikam", context.Sender);
        Assert.Equal("Northwind Traders", context.Company);
    }

    [Fact]
    public void Read_WhenSignatureNamesOnlyTheCompany_UsesTheCompanyAsProduct()
    {
        var context = RewriteContextReader.Read(TestEmails.Ledgerline("Hello."), "Hello.");
        Assert.Equal("Ledgerline", context.Product);
    }

    [Fact]
    public void Read_WhenTextNamesAProductNoun_UsesIt()
    {
        var document = TestEmails.Bare("Our Pathfinder app plans routes. You want to cut fuel use by 8%.");
        var context = RewriteContextReader.Read(document, "x");
        Assert.Equal("Pathfinder", context.Product);
        Assert.Equal("cut fuel use by 8%", context.Outcome);
    }

    [Fact]
    public void Read_WhenOnlyFreeMailAddresses_LeavesCompaniesUnknown()
    {
        var context = RewriteContextReader.Read(TestEmails.Bare("Could I steal 15 minutes Thursday?"), "Could I steal 15 minutes Thursday?");
        Assert.Equal(new RewriteContext(null, null, null, null, null), context);
    }

    [Fact]
    public void Read_WhenNoRecipientNames_TakesTheNameFromTheGreeting()
    {
        var document = TestEmails.Quillstack("Hello.") with { RecipientNames = [] };
        Assert.Equal("Raj", RewriteContextReader.Read(document, "Hello.").Name);
    }

    [Fact]
    public void Read_WhenGoalSentenceIsTheFlaggedOne_LooksElsewhere()
    {
        const string flagged = "We help you cut costs by 20%.";
        var document = TestEmails.Bare($"{flagged} Your team wants to hire 12 drivers in March.");
        Assert.Equal("hire 12 drivers in March", RewriteContextReader.Read(document, flagged).Outcome);
    }

    [Fact]
    public void Read_WhenGoalIsAGerund_ReturnsTheBaseVerbPhrase()
    {
        var document = TestEmails.Bare("I saw your post about reducing churn before renewal season.");
        Assert.Equal("reduce churn before renewal season", RewriteContextReader.Read(document, "x").Outcome);
    }

    [Theory]
    [InlineData("Sam")]
    [InlineData("Sam Ortiz")]
    [InlineData("Sam\nAccount Executive")]
    public void Read_WhenSignatureOpensWithThePersonsName_NeverTakesItAsTheProduct(string signature)
    {
        var document = TestEmails.SignedOff("Hello.", signature);
        Assert.Null(RewriteContextReader.Read(document, "Hello.").Product);
    }

    [Fact]
    public void Read_WhenFromDisplayNameIsASingleWord_NeverTakesItAsTheProduct()
    {
        var document = TestEmails.SignedOff("Hello.", "Priya\nRouteway: route planning") with { From = "Priya <rep@seller-example.com>" };
        Assert.Equal("Routeway", RewriteContextReader.Read(document, "Hello.").Product);
    }

    [Theory]
    [InlineData("It feels like Harlow Freight and our routing engine are two halves of the same idea.", "our routing engine")]
    [InlineData("Our flagship product, FleetIQ, is trusted by over 1,500 fleets worldwide.", "FleetIQ")]
    [InlineData("Our award-winning scheduling app saves time.", "our scheduling app")]
    [InlineData("Our platform is great and our team is better.", null)]
    public void Read_WhenOnlyTheSentenceDescribesTheProduct_UsesThatPhrase(string sentence, string? expected)
    {
        Assert.Equal(expected, RewriteContextReader.Read(TestEmails.SignedOff(sentence, "Sam"), sentence).Product);
    }

    [Theory]
    [InlineData("we feel that Kumar Textiles could set a new benchmark for the Tiruppur cluster", "Kumar Textiles and the Tiruppur cluster")]
    [InlineData("Between your 2,000 store associates and our know-how, there's a story here.", "your 2,000 store associates")]
    [InlineData("There's a fit between your sustainability targets for 2030 and our journey.", "your sustainability targets for 2030")]
    [InlineData("your boutique properties in Lisbon and Porto feel right", "your boutique properties in Lisbon and Porto")]
    public void FactPhrases_WhenSentenceHasEntities_ListsThemAsShortNounPhrases(string sentence, string expected) =>
        Assert.Equal(expected, FactPhrases.List(sentence, []));

    [Theory]
    [InlineData("Could you kindly circulate our brochure to the heads of department at your college?", "circulating our brochure to the heads of department at your college")]
    [InlineData("I'd be grateful if you could forward this note to your head of procurement.", "forwarding this note to your head of procurement")]
    [InlineData("If you have a moment, would you rate our onboarding experience on a scale of 1 to 10 and tell me why?", "rating our onboarding experience on a scale of 1 to 10 and telling me why")]
    [InlineData("Would you be open to letting us use your logo?", "letting us use your logo")]
    [InlineData("Thanks for the call.", null)]
    public void AskGerund_WhenSentenceOpensAnAsk_ReturnsTheRequestAsAGerundPhrase(string sentence, string? expected) =>
        Assert.Equal(expected, AskReader.Gerund(sentence));

    [Theory]
    [InlineData("We design and build routing engines.", "Fabrikam designs and builds routing engines")]
    [InlineData("We pride ourselves on service.", "Fabrikam prides itself on service")]
    [InlineData("Our company's growth has been fast.", "Fabrikam's growth has been fast")]
    public void ClaimRewriter_WhenSellerSpeaksAsWe_RestatesInTheThirdPerson(string sentence, string expected) =>
        Assert.Equal(expected, ClaimRewriter.Rewrite(sentence, "Fabrikam", "Routeway"));

    [Theory]
    [InlineData("cut", "cutting")]
    [InlineData("hire", "hiring")]
    [InlineData("grow", "growing")]
    [InlineData("ship", "shipping")]
    [InlineData("reduce", "reducing")]
    [InlineData("launch", "launching")]
    [InlineData("speed", "speeding")]
    public void Gerund_WhenVerbIsGiven_SpellsTheIngForm(string verb, string expected) =>
        Assert.Equal(expected, VerbForms.Gerund(verb));
}
