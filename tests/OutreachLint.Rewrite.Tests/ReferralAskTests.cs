using OutreachLint.Core;

namespace OutreachLint.Rewrite.Tests;

/// <summary>
/// A favour-ask for someone else (an introduction, a referral, a forward, a name) is rewritten so the benefit goes to
/// the person wanted, not to the reader: "If X matters to your CFO, an introduction would let me show them how…".
/// </summary>
public sealed class ReferralAskTests
{
    [Theory]
    [InlineData( // an introduction to a role
        "Could you introduce me to your head of logistics?",
        "If [outcome] matters to your head of logistics, an introduction would let me show them how I can help.")]
    [InlineData( // "put me in touch with" is an introduction; the person keeps their relative clause
        "Would you be willing to put me in touch with the engineer who maintains your chillers?",
        "If [outcome] matters to the engineer who maintains your chillers, an introduction would let me show them how I can help.")]
    [InlineData( // a forward keeps what is forwarded
        "Could you pass our price sheet on to your buying team?",
        "If [outcome] matters to your buying team, passing our price sheet to them would let me show them how I can help.")]
    [InlineData( // "who looks after X" becomes "whoever looks after X", and the favour is their name
        "Could you tell me who looks after payroll at Brennan Hotels?",
        "If [outcome] matters to whoever looks after payroll at Brennan Hotels, their name would let me show them how I can help.")]
    [InlineData( // a person described before the ask, and a referral named after it
        "If you know anyone at Orla Clinics who might like this, a referral would be wonderful.",
        "If [outcome] matters to anyone at Orla Clinics, a referral would let me show them how I can help.")]
    [InlineData( // "any chance" is how the ask opens, not the person wanted
        "Any chance you could refer us to the other growers in your co-op?",
        "If [outcome] matters to the other growers in your co-op, a referral would let me show them how I can help.")]
    [InlineData( // how the rep would be introduced is not part of the person
        "Could you connect me with your finance lead by email?",
        "If [outcome] matters to your finance lead, an introduction would let me show them how I can help.")]
    [InlineData( // an appositive name stays with its role; the time of the favour is not part of the person
        "Could you introduce me to your bursar, Mr. Okafor, when you see him?",
        "If [outcome] matters to your bursar, Mr. Okafor, an introduction would let me show them how I can help.")]
    [InlineData( // cc on the thread: copying them in
        "Could you cc your site manager on this thread?",
        "If [outcome] matters to your site manager, copying them in would let me show them how I can help.")]
    [InlineData( // "is there someone at X who…" keeps the company and what the person does
        "Is there someone at Delmont Foods who buys packaging for the Leeds site?",
        "If [outcome] matters to someone at Delmont Foods who buys packaging for the Leeds site, their name would let me show them how I can help.")]
    [InlineData( // a decision named as a phrase, not one verb
        "Could you tell me who makes the final decision on lab equipment?",
        "If [outcome] matters to whoever makes the final decision on lab equipment, their name would let me show them how I can help.")]
    [InlineData( // "the best contact for X" asked as a question
        "Who would be the best contact for fleet insurance at Corran Haulage?",
        "If [outcome] matters to the best contact for fleet insurance at Corran Haulage, their name would let me show them how I can help.")]
    [InlineData( // the people first, the referral at the end
        "If some of your fellow practice owners might find this useful, I'd value a referral.",
        "If [outcome] matters to some of your fellow practice owners, a referral would let me show them how I can help.")]
    [InlineData( // a recommendation, and the main clause's verb is not part of the person
        "A recommendation to your regional managers would be a big help.",
        "If [outcome] matters to your regional managers, a recommendation would let me show them how I can help.")]
    [InlineData( // what is shared stays named
        "Would you share the attached fact sheet with your estates team?",
        "If [outcome] matters to your estates team, sharing the attached fact sheet with them would let me show them how I can help.")]
    [InlineData( // a lowercase sign-off after a comma is no appositive name
        "pls tell me who runs ur payroll team, cheers",
        "If [outcome] matters to whoever runs your payroll team, their name would let me show them how I can help.")]
    [InlineData( // a second favour joined by "and perhaps" is not part of the person
        "Could you tell me who manages your print contracts and maybe pass this on?",
        "If [outcome] matters to whoever manages your print contracts, their name would let me show them how I can help.")]
    [InlineData( // texting shorthand copied from the ask is spelt out
        "any chance u could intro me to ur ops manager?",
        "If [outcome] matters to your ops manager, an introduction would let me show them how I can help.")]
    public void Suggest_WhenTheFavourReachesSomeoneElse_OffersThemTheBenefit(string sentence, string expected)
    {
        Assert.Equal(expected, Suggest(sentence));
    }

    [Fact]
    public void Suggest_WhenTheEmailNamesItsProduct_ShowsThePersonWantedThatProduct()
    {
        const string sentence = "Would you mind forwarding this to your warehouse manager?";
        var suggestion = TestEmails.Suggest(Labels.FavorAsk, sentence, TestEmails.Routeway(sentence));
        Assert.NotNull(suggestion);
        Assert.StartsWith("If ", suggestion);
        Assert.Contains("matters to your warehouse manager, forwarding this to them would let me show them how", suggestion);
        Assert.DoesNotContain("[product]", suggestion);
    }

    [Theory]
    [InlineData("Could you spare 20 minutes on Thursday?")] // time for the reader: the meeting templates answer it
    [InlineData("Could you share your thoughts on the draft?")] // feedback from the reader
    [InlineData("Could you share the contract draft with me before Friday?")] // a document for the seller, not for someone else
    [InlineData("Could you send the names of other clinics that might want to hear from us?")] // "hear from us" is no person
    public void Suggest_WhenTheFavourIsTheReadersOwn_KeepsTheReaderAsTheOneWhoBenefits(string sentence)
    {
        var suggestion = Suggest(sentence);
        Assert.NotNull(suggestion);
        Assert.Contains("matters to you", suggestion);
        Assert.DoesNotContain("them", suggestion);
    }

    private static string? Suggest(string sentence) => TestEmails.Suggest(Labels.FavorAsk, sentence);
}
