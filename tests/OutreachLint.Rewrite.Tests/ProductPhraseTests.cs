using OutreachLint.Core;

namespace OutreachLint.Rewrite.Tests;

/// <summary>What is sold is read from "our …" in the flagged sentence, said once, with the grammar that fits it.</summary>
public sealed class ProductPhraseTests
{
    [Theory]
    [InlineData( // a head noun outside the old list of product words, and a plural product
        "We'd love Kestrel Farms to partner with us on our irrigation controllers.",
        "I'd like to sell you our irrigation controllers for Kestrel Farms, because I think they can help you [outcome].")]
    [InlineData( // what is sold is the object of "our pilot of", not the pilot
        "There's an opportunity for Dunmore Bakery to join our pilot of electric delivery vans.",
        "I'd like to sell you our electric delivery vans for Dunmore Bakery, because they can help you [outcome].")]
    [InlineData( // the reader's topic stops before the seller's own plan for the product
        "We'd love to collaborate with Tarn Logistics on rolling out our dock scheduler.",
        "I'd like to sell you our dock scheduler for Tarn Logistics, because it can help you [outcome].")]
    [InlineData( // a counted noun ends the reader's fact; the verb after it is not part of it
        "We're keen to explore a partnership where your 12 cold stores move onto our door sensors.",
        "I'd like to sell you our door sensors for your 12 cold stores, because I think they can help you [outcome].")]
    [InlineData( // "there's" is "there is", not an owner of what follows
        "Curious whether there's scope for Selby Mills and us to collaborate on our dust extraction units.",
        "I'd like to sell you our dust extraction units for Selby Mills, because I think they can help you [outcome].")]
    public void Suggest_WhenADisguisedPitchNamesWhatIsSold_SellsItByNameOnce(string sentence, string expected)
    {
        Assert.Equal(expected, Suggest(Labels.DisguisedSelling, sentence));
    }

    [Theory]
    [InlineData("We'd love Harlow Academy to partner with us on our managed IT helpdesk this term.", "our managed IT helpdesk")] // "IT" is not "it"
    [InlineData("Let's grow together: our frozen ready-meals could fill the chiller at Dalton Deli.", "our frozen ready-meals")] // a hyphenated head
    [InlineData("We're exploring a partnership where Brook Surgery trials our antimicrobial privacy curtains.", "our antimicrobial privacy curtains")]
    [InlineData("There's a chance for Moor Dairy to join the farms trialling our HerdWatch ear tags this spring.", "our HerdWatch ear tags")] // a brand after "our"
    [InlineData("we'd love to team up with your finance office and switch on our expense-approval app together", "for your finance office,")] // "and switch on" is the seller's plan
    public void Suggest_WhenTheProductHasAnUnusualHead_NamesItWhole(string sentence, string product)
    {
        Assert.Contains(product, Suggest(Labels.DisguisedSelling, sentence), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We'd love to partner with you; our deck is attached.")]
    [InlineData("We'd love to partner with you, and our W-9 is on file with your team.")]
    public void Suggest_WhenOurNamesAPaper_NeverSellsThePaper(string sentence)
    {
        // A deck, a brochure or a tax form is how the seller writes, not what it sells.
        var suggestion = Suggest(Labels.DisguisedSelling, sentence);
        Assert.NotNull(suggestion);
        Assert.DoesNotContain("sell you our", suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("You're invited to be a founding partner for CropLedger, our harvest-records app, from March.", "CropLedger")]
    [InlineData("Hi Dana, our platform is the best thing out there for recruiters.", null)] // a greeting names no product
    public void Suggest_WhenANameStandsBesideOurProduct_SellsTheName(string sentence, string? product)
    {
        var rule = sentence.StartsWith("Hi", StringComparison.Ordinal) ? Labels.SellerCentric : Labels.DisguisedSelling;
        var suggestion = Suggest(rule, sentence);
        Assert.NotNull(suggestion);
        Assert.DoesNotContain("Dana could", suggestion, StringComparison.Ordinal);
        if (product is not null)
        {
            Assert.Matches($"sell (?:you )?{product}", suggestion);
            Assert.DoesNotContain($"for {product}", suggestion, StringComparison.Ordinal); // not also the reader's topic
        }
    }

    [Fact]
    public void Suggest_WhenTheProductEndsInTwoHeadNouns_SaysEachWordOnce()
    {
        // "our complete product suite" ends in two product words; replacing only up to the first left "suite suite".
        var suggestion = Suggest(Labels.SellerCentric, "The enclosed catalogue lists our complete product suite and delivery options.");
        Assert.NotNull(suggestion);
        Assert.DoesNotContain("suite suite", suggestion, StringComparison.Ordinal);
        Assert.Contains("product suite and delivery options", suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_WhenTheClaimNamesTheSellersPeople_NeverSellsThePeople()
    {
        // "our Chief Scientist" is capitalised like a brand, but a job title is who the seller employs, not what it sells.
        var suggestion = Suggest(Labels.SellerCentric, "Our latest report, written by our Chief Economist, has been read by 9,000 CFOs.");
        Assert.NotNull(suggestion);
        Assert.DoesNotContain("sell our Chief", suggestion, StringComparison.Ordinal);
        Assert.DoesNotContain("sell you our Chief", suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_WhenThePitchIsAProgrammeToJoin_DoesNotSellTheProgramme()
    {
        var suggestion = Suggest(Labels.DisguisedSelling, "We'd love Ferris Dental to join our founding partner programme this autumn.");
        Assert.NotNull(suggestion);
        Assert.DoesNotContain("programme", suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData( // the verb ends the product phrase: "our approach blends soil" is not a product
        "Our approach blends soil audits with drone imagery.",
        "If you want to [outcome], it may help to know that [our company]'s approach blends soil audits with drone imagery.")]
    [InlineData( // "a unique" keeps its article: the u is read as "you"
        "We have a unique, patented approach to kiln drying.",
        "If you want to [outcome], it may help to know that [our company] has a unique, patented approach to kiln drying.")]
    [InlineData( // "our product roadmap" is the roadmap, not the product
        "Our product roadmap adds offline mode in Q3.",
        "If you want to [outcome], it may help to know that [our company]'s product roadmap adds offline mode in Q3.")]
    [InlineData( // a plural product is "they", and the claim keeps its own verb
        "Our parcel lockers are installed in 900 apartment blocks.",
        "If you want to [outcome], our parcel lockers could help: they are installed in 900 apartment blocks.")]
    [InlineData( // "its" needs the company named first; the first "our" names it
        "In last month's trial, our scanners caught 98% of defects at Brookfield Mills.",
        "I sell our scanners, and I think they can help you [outcome]; in last month's trial, [our company]'s scanners caught 98% of defects at Brookfield Mills.")]
    [InlineData( // "us" names the company before "our", so "our" becomes "its"
        "What makes us different is our in-house test lab in Leeds.",
        "If you want to [outcome], it may help to know that what makes [our company] different is its in-house test lab in Leeds.")]
    [InlineData( // one company, one verb form: "has been… and has served"
        "We've been trading since 1994 and have served over 2,000 bakeries.",
        "If you want to [outcome], it may help to know that [our company] has been trading since 1994 and has served over 2,000 bakeries.")]
    [InlineData( // a claim about "our lockers" stays in the first person
        "Our parcel lockers are assembled in our own plant in Turin.",
        "If you want to [outcome], our parcel lockers could help: they are assembled in our own plant in Turin.")]
    [InlineData( // "we" later in the sentence names the company, so the earlier "our" is "its"
        "Since our founding in 2012, we've fitted over 4,000 kitchens.",
        "If you want to [outcome], it may help to know that since its founding in 2012, [our company] has fitted over 4,000 kitchens.")]
    [InlineData( // a sentence that opens with the company's name keeps "its"
        "Brightline's kiosks are built in our own factory in Leeds.",
        "If you want to [outcome], it may help to know that Brightline's kiosks are built in its own factory in Leeds.")]
    [InlineData( // "the top" is a superlative only where the seller says what it is, not in "70% of the top 50"
        "We serve 60% of the top 50 craft breweries in Bavaria.",
        "If you want to [outcome], it may help to know that [our company] serves 60% of the top 50 craft breweries in Bavaria.")]
    public void Suggest_WhenASellerTalksAboutItself_RestatesTheClaimInPlainGrammar(string sentence, string expected)
    {
        Assert.Equal(expected, Suggest(Labels.SellerCentric, sentence));
    }

    [Fact]
    public void Suggest_WhenTheClaimIsTheIndustrysLeading_DropsTheSuperlative()
    {
        const string sentence = "Routeway is the industry's leading AI route planner, trusted by over 200 fleets.";
        var document = TestEmails.Routeway(sentence);
        var suggestion = new TemplateRewriter().Suggest(TestEmails.FindingFor(Labels.SellerCentric, sentence, document), document)?.Replacement;
        Assert.NotNull(suggestion);
        Assert.DoesNotContain("leading", suggestion, StringComparison.Ordinal);
        Assert.Contains("over 200 fleets", suggestion, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Suggest(string rule, string sentence) => TestEmails.Suggest(rule, sentence);
}
