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
