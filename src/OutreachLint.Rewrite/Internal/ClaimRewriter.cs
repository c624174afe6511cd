using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Restates a seller's claim in the third person with the boasts taken out ("Our award-winning platform is…" → "Ledgerline is…").</summary>
internal static partial class ClaimRewriter
{
    private const string SubjectMark = "\u0001";
    private const string ProductMark = "\u0002";

    /// <summary>The claim, with "we" replaced by <paramref name="subject"/> and "our platform" by <paramref name="productName"/>.</summary>
    public static string Rewrite(string sentence, string subject, string productName)
    {
        var text = Superlative().Replace(sentence, "a ");
        text = Boast().Replace(text, "");
        // A product read as "our …" from this very sentence and opening it is the claim's subject, whatever its head noun
        // ("Our parcel lockers are…"); not when it modifies a noun ("Our API response time is…") or comes later in the
        // sentence, where the claim stays about the company.
        if (ProductGrammar.IsOurs(productName) && text.StartsWith(productName, StringComparison.OrdinalIgnoreCase)
            && ProductFinder.EndsNounPhrase(text[productName.Length..]))
        {
            text = ProductMark + text[productName.Length..];
        }

        text = OurProduct().Replace(text, ProductMark);
        text = OurCompany().Replace(text, m => SubjectMark + (m.Groups["s"].Success ? "\u0003" : ""));
        text = Ourselves().Replace(text, "itself");
        text = WeAre().Replace(text, SubjectMark + " is");
        text = WeHave().Replace(text, SubjectMark + " has");
        text = WeWere().Replace(text, SubjectMark + " was");
        text = WeVerb().Replace(text, m => SubjectMark + " " + m.Groups["adv"].Value + VerbForms.ThirdPerson(m.Groups["v"].Value)
            + (m.Groups["v2"].Success ? " and " + VerbForms.ThirdPerson(m.Groups["v2"].Value) : ""));
        text = Us().Replace(text, SubjectMark);
        text = OurAsOwner(text, productName);

        // The company is one subject: "We've been trading since 1987 and have served…" → "…has been… and has served…".
        text = PluralVerbAfterAnd().Replace(text, m => m.Groups["v"].Value == "have" ? "and has" : "and is");

        var possessive = subject.EndsWith('s') ? subject + "'" : subject + "'s";
        text = text.Replace(SubjectMark + "\u0003", possessive, StringComparison.Ordinal)
            .Replace(SubjectMark, subject, StringComparison.Ordinal)
            .Replace(ProductMark, productName, StringComparison.Ordinal);
        text = ArticleBeforeVowel().Replace(text, m => m.Groups["a"].Value + "n ");
        return Phrase.Tidy(text);
    }

    [GeneratedRegex(@"\b(?:award-winning|industry-leading|market-leading|best-in-class|world-class|cutting-edge|state-of-the-art|innovative|next-generation|revolutionary|proudly|on\s+the\s+market)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Boast();

    // Only where the seller says what it is ("…is the industry's leading platform" → "…is a platform"), not in "trusted by the
    // world's leading banks", where "a" would read "a banks".
    [GeneratedRegex(@"(?<=\b(?:is|are|was|were|be|been|being|as)\s+|['’](?:s|re)\s+)\b[Tt]he\s+(?:(?:industry|market|world|country|sector|region|nation)['’]s\s+)?(?:most\s+advanced|best|leading|industry-leading|market-leading|top|only)\s+")]
    private static partial Regex Superlative();

    // Not when the word is a modifier of another noun: "our product roadmap" is not the product.
    // A run of head nouns is one product ("our full product suite"): stopping at the first left "… suite suite".
    [GeneratedRegex(@"\b[Oo]ur\s+(?:[a-z][\w-]*\s+){0,2}?(?:platform|product|solution|software|tool|app|system|technology|engine|suite)(?:\s+(?:platform|product|solution|software|tool|app|system|technology|engine|suite))*\b(?!\s+(?:of|roadmap|team|teams|manager|managers|launch|release|releases|line|updates?|marketing|people|group|strategy|vision|design|demo|experts?|engineers?|specialists?|lead|leads|owners?|director|org)\b)(?:,\s*[A-Z][\w-]*(?:\s[A-Z][\w-]*)*,)?")]
    private static partial Regex OurProduct();

    [GeneratedRegex(@"\b[Oo]ur\s+(?:company|firm|business|organi[sz]ation|consultancy|agency)(?<s>['’]s)?(?!\w)")]
    private static partial Regex OurCompany();

    // "a R&D centre" after a boast is removed: "an" before a vowel sound (vowel letter, or an acronym read as "ar", "ef"…),
    // but not before a vowel letter read as a consonant ("a unique", "a user", "a European", "a one-off").
    [GeneratedRegex(@"\b(?<a>[Aa]) (?=(?!uni|us[eu]|uti|ur[aeiou]|eu|one\b|one-|once\b)[aeiou]|[AEFHILMNORSX][A-Z&])")]
    private static partial Regex ArticleBeforeVowel();

    [GeneratedRegex(@"\bourselves\b")]
    private static partial Regex Ourselves();

    [GeneratedRegex(@"\b(?:We're|We’re|We\s+are|we're|we’re|we\s+are)\b")]
    private static partial Regex WeAre();

    [GeneratedRegex(@"\b(?:We've|We’ve|We\s+have|we've|we’ve|we\s+have)\b")]
    private static partial Regex WeHave();

    [GeneratedRegex(@"\b[Ww]e\s+were\b")]
    private static partial Regex WeWere();

    [GeneratedRegex(@"\b[Ww]e\s+(?<adv>(?:just|recently|also|now|already|proudly|actually)\s+)?(?<v>[a-z]+)(?:\s+and\s+(?<v2>[a-z]+))?\b")]
    private static partial Regex WeVerb();

    /// <summary>
    /// Each remaining "our": "its" once the sentence names the company (by "we" or "us" anywhere in it, or by opening with
    /// its name), else the company's possessive for the first one ("In the last benchmark, our database…" → "…,
    /// Ledgerline's database…", not "its database"), while "Since our launch, we've…" and "GreenGrid's cells are made in
    /// our plant" keep "its". A claim whose subject is "our seeds" stays in the first person ("…in our own labs").
    /// </summary>
    private static string OurAsOwner(string text, string productName)
    {
        if (text.StartsWith(ProductMark, StringComparison.Ordinal) && ProductGrammar.IsOurs(productName))
        {
            return text;
        }

        var named = text.Contains(SubjectMark, StringComparison.Ordinal);
        return Phrase.Our().Replace(text, m =>
        {
            if (char.IsUpper(m.Value[0]) || (!named && !NamedBefore(text, m.Index)))
            {
                named = true;
                return SubjectMark + "\u0003";
            }

            return "its";
        });
    }

    // The sentence opens with a name: a possessive ("GreenGrid's cells…") or two capitalised words ("Vantage Labs holds…").
    private static bool NamedBefore(string text, int index)
    {
        var first = OpeningName().Match(text[..index]);
        return first.Success && !NameScanner.IsLeadingWord(first.Groups["w"].Value);
    }

    [GeneratedRegex(@"^\s*(?<w>\p{Lu}[\w-]*)(?:['’]s\b|\s+\p{Lu}[\w-]*)")]
    private static partial Regex OpeningName();

    [GeneratedRegex(@"(?<=\u0001 (?:has|is|was)\b[^,;]*?)\band\s+(?<v>have|are)\b")]
    private static partial Regex PluralVerbAfterAnd();

    [GeneratedRegex(@"\bus\b")]
    private static partial Regex Us();
}
