using OutreachLint.Core;

namespace OutreachLint.Rewrite.Tests;

/// <summary>Original flagged sentences, written for these tests, across the three rules and five context emails.</summary>
internal static class RewriteCases
{
    private const string Ds = Labels.DisguisedSelling;
    private const string Fa = Labels.FavorAsk;
    private const string Sc = Labels.SellerCentric;

    public static IReadOnlyList<RewriteCase> All { get; } =
    [
        new(Ds, "routeway", "We'd love to partner with you on your Q3 rollout."),
        new(Ds, "routeway", "Let's explore working together on the new Leeds warehouse before March 31."),
        new(Ds, "routeway", "I see a real opportunity for Northwind Traders and Fabrikam to collaborate in 2027."),
        new(Ds, "ledgerline", "We'd love to collaborate with you on onboarding the 40 new analysts you're hiring in January."),
        new(Ds, "ledgerline", "I believe there's real synergy between our teams, especially around your migration to Azure."),
        new(Ds, "ledgerline", "Hi Tom, a mutually beneficial relationship between Ledgerline and Contoso could start with your FY26 audit."),
        new(Ds, "brightline", "Would you be open to exploring how Brightline Analytics could support your team's expansion into Germany?", "[product]"),
        new(Ds, "brightline", "I'd love to explore an opportunity to partner with Maria's team on the EMEA launch.", "[product]"),
        new(Ds, "quillstack", "Can we hop on a call next Tuesday to explore synergies?"),
        new(Ds, "quillstack", "We're looking for forward-thinking partners like Globex to build something great together."),
        new(Ds, "bare", "Our visions are so aligned that a partnership for your £2M modernisation programme feels natural.", "[product]", "[outcome]"),
        new(Ds, "routeway", "Would love to explore a potential partnership around your new depot in Bristol."),
        new(Ds, "bare", "We'd love to explore synergies with Initech ahead of your H2 budget cycle.", "[product]", "[outcome]"),

        new(Fa, "routeway", "Could I steal 15 minutes Thursday?"),
        new(Fa, "routeway", "Do you have half an hour next week for a quick call?"),
        new(Fa, "routeway", "Would you be up for a quick demo on 14 March at 2pm?"),
        new(Fa, "ledgerline", "Can I pick your brain for 20 minutes about your month-end process?"),
        new(Fa, "ledgerline", "Could you point me to the right person in IT at Contoso?"),
        new(Fa, "ledgerline", "Can I grab a coffee with you when I'm in Manchester on the 21st?"),
        new(Fa, "brightline", "Would you be able to introduce me to Sarah Chen?"),
        new(Fa, "brightline", "Can we get 30 minutes on the calendar before 12/03?"),
        new(Fa, "quillstack", "I'd appreciate any feedback you could give on the proposal by Friday."),
        new(Fa, "quillstack", "Just following up — can you get back to me by end of day Wednesday?"),
        new(Fa, "quillstack", "Any chance you could spare an hour in May for a call with our CEO, David Park?"),
        new(Fa, "routeway", "Would you have 45 minutes on Wednesday afternoon for a demo?"),
        new(Fa, "bare", "Could I steal 15 minutes Thursday?", "[outcome]"),

        new(Sc, "ledgerline", "Our award-winning platform is trusted by 500 banks."),
        new(Sc, "ledgerline", "Ledgerline was named a Leader in the 2025 Gartner Magic Quadrant."),
        new(Sc, "ledgerline", "Our customers include Barclays, Monzo and HSBC."),
        new(Sc, "routeway", "We're the industry-leading provider of route optimisation in Europe."),
        new(Sc, "routeway", "We help companies like yours grow revenue by 30%."),
        new(Sc, "routeway", "Our team of 120 engineers has built the most advanced forecasting engine on the market."),
        new(Sc, "brightline", "We just raised $40M in our Series B led by Sequoia Capital."),
        new(Sc, "brightline", "Our platform has helped 300 scale-ups hire faster since 2019.", "[product]"),
        new(Sc, "quillstack", "Our value proposition is simple: we deliver 3x ROI within 90 days."),
        new(Sc, "quillstack", "Our platform integrates with Salesforce, HubSpot and Zendesk out of the box."),
        new(Sc, "quillstack", "Trusted by over 2,000 legal teams, Quillstack is the only contract tool you'll ever need."),
        new(Sc, "routeway", "Companies like DHL and Ocado rely on our platform every day."),
        new(Sc, "routeway", "Our best-in-class AI engine optimises 10,000 routes per second."),
        new(Sc, "routeway", "Routeway is the #1 rated route planner on G2."),
        new(Sc, "bare", "With over 10 years of experience, we create value for our customers.", "[outcome]", "[our company]"),
    ];
}
