using System.Text.RegularExpressions;
using OutreachLint.Core;

namespace OutreachLint.Rewrite.Internal;

/// <summary>
/// Finds what the sender sells: a name in the signature that is not a person, title or company, else a product noun in
/// the text, else "our …" product phrase in the flagged sentence. A person's name (the sign-off line, the From display
/// name or the address's local part) is never the product.
/// </summary>
internal static partial class ProductFinder
{
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Account", "Executive", "Manager", "Sales", "Director", "Head", "VP", "Vice", "President", "Founder", "Co-founder",
        "CEO", "CTO", "COO", "CFO", "CRO", "Development", "Business", "Representative", "Rep", "Lead", "Senior", "Junior",
        "Specialist", "Consultant", "Engineer", "Customer", "Success", "Growth", "Marketing", "Partnerships", "Partner",
        "Solutions", "Regional", "Enterprise", "Team", "Office", "Mobile", "Phone", "Tel", "Email", "Web", "Inc", "Ltd",
        "LLC", "GmbH", "Limited", "PLC", "Chief", "Officer", "Of", "And", "BDR", "SDR", "AE",
    };

    /// <summary>The product name, or null when the email names none apart from the sender company.</summary>
    public static string? Find(EmailDocument document, string flagged, string? sender, string? company)
    {
        var signatures = document.SetAside.Where(p => p.Kind == SetAsideKind.Signature).Select(p => p.Text).ToList();
        var person = PersonWords(document, signatures);
        foreach (var line in signatures.SelectMany(s => s.Split('\n')))
        {
            foreach (var entity in RewriteEntities.Find("x " + line.Trim()).Where(e => e.Kind == RewriteEntityKind.Name))
            {
                var words = entity.Text.Split(' ');
                if (words.All(TitleWords.Contains) || words.Any(person.Contains) || SameName(entity.Text, sender) || SameName(entity.Text, company))
                {
                    continue;
                }

                return string.Join(' ', words.Where(w => !IsCompanySuffix(w)));
            }
        }

        var fromText = ProductNoun().Matches(document.AuthorText).Select(m => m.Groups["p"].Value)
            .Select(p => string.Join(' ', p.Split(' ').SkipWhile(NameScanner.IsLeadingWord)))
            .FirstOrDefault(p => p.Length > 0 && !SameName(p, company) && !PeriodLike().IsMatch(p));
        if (fromText is not null)
        {
            return fromText;
        }

        if (sender is not null && signatures.Any(s => s.Contains(sender, StringComparison.OrdinalIgnoreCase)))
        {
            return sender;
        }

        return InSentence(flagged) ?? InSentence(document.AuthorText);
    }

    private static bool IsCompanySuffix(string word) => word is "Inc" or "Ltd" or "LLC" or "GmbH" or "Limited" or "PLC";

    private static bool SameName(string a, string? b) =>
        b is not null && Key(a) == Key(b);

    private static string Key(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>"our routing engine" from <paramref name="sentence"/>: the first "our …" phrase whose head names a product, or null for a bare "our platform".</summary>
    public static string? InSentence(string sentence)
    {
        if (Appositive().Match(sentence) is { Success: true } named)
        {
            return named.Groups["name"].Value;
        }

        foreach (Match match in OurPhrase().Matches(sentence))
        {
            var words = match.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            // "our pilot of autonomous yard trucks": what is sold is the object of "of", not the container.
            if (words.Count > 2 && Container().IsMatch(words[0]) && words[1].Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                words = words[2..];
            }

            words = [.. words.TakeWhile(w => IsAcronym(w) || !Stop().IsMatch(w)).Where(w => !Boast().IsMatch(w))];
            var head = words.FindLastIndex(IsProductHead);
            // "our SoilPulse moisture probes": a capitalised word after "our" is a brand, so the phrase names a product.
            if (head < 0 && words.Count > 0 && char.IsUpper(words[0][0]) && !IsAcronym(words[0]) && words.Count <= 4)
            {
                head = words.Count - 1;
            }

            // "our partner programme", "our early-adopter network": a scheme to join is how the pitch is dressed, not the product.
            if (head < 0 || (head == 0 && GenericHead().IsMatch(words[0])) || words.Take(head + 1).Any(w => NotAProduct().IsMatch(w)))
            {
                continue;
            }

            return "our " + Phrase.Tidy(string.Join(' ', words.Take(head + 1)));
        }

        return null;
    }

    // "IT" in "our managed IT helpdesk" is not the pronoun "it".
    private static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);

    // A hyphenated compound is headed by its last part: "ready-meals", "e-learning modules".
    private static bool IsProductHead(string word) => ProductHead().IsMatch(word) || ProductHead().IsMatch(word[(word.LastIndexOf('-') + 1)..]);

    /// <summary>True when <paramref name="rest"/> (the text after a noun phrase) starts with a verb, a function word or punctuation.</summary>
    public static bool EndsNounPhrase(string rest)
    {
        var next = rest.TrimStart().Split(' ', 2)[0];
        return next.Length == 0 || !char.IsLetter(next[0]) || Stop().IsMatch(next) || Stop().IsMatch(next.TrimEnd(',', ';', ':', '.', '!', '?'));
    }

    private static HashSet<string> PersonWords(EmailDocument document, IReadOnlyList<string> signatures)
    {
        var display = document.From.Split('<')[0].Trim().Trim('"');
        var words = new HashSet<string>(display.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        var local = document.FromAddress.Split('@')[0];
        words.UnionWith(local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1));

        // The first line of a signature block that is only one to three capitalised words is the sender's name ("Sam", "Sam Ortiz").
        foreach (var signature in signatures)
        {
            var first = signature.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
            if (first is not null && NameLine().IsMatch(first))
            {
                words.UnionWith(first.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return words;
    }

    [GeneratedRegex(@"\b(?:called|named)\s+(?<p>[A-Z][\w-]+(?: [A-Z][\w-]+)?)|(?<p>\b[A-Z][\w-]+(?: [A-Z][\w-]+)?)\s+(?:platform|app|software|tool|suite|plugin|add-on|dashboard|engine)\b")]
    private static partial Regex ProductNoun();

    // "our farm-management app, HarvestHub," and "HarvestHub, our farm-management app": the name is what is sold (on one
    // line, and not a greeting: "Hi Dana,\n\nour platform…" names no product).
    [GeneratedRegex(@"\b[Oo]ur\s+(?:[\w-]+\s+){0,3}?(?:product|platform|app|tool|software|solution|engine|suite|system)\s*,\s*(?<name>\p{Lu}[\w-]*(?:\s\p{Lu}[\w-]*)*)\s*,|(?<!\b(?:Hi|Hello|Hey|Dear|Thanks)\s+)\b(?!(?:Hi|Hello|Hey|Dear|Thanks|Cheers|Regards|Yes|No|So|And|But)\b)(?<name>\p{Lu}[\w-]*(?: \p{Lu}[\w-]*)?) ?, ?our\s+(?:[\w-]+\s+){0,3}?(?:product|platform|app|tool|software|solution|engine|suite|system)\b")]
    private static partial Regex Appositive();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"\b[Oo]ur\s+(?<np>(?:[\w&+'’-]+[ ]?){1,5})")]
    private static partial Regex OurPhrase();

    [GeneratedRegex(@"^(?:platform|engine|software|tools?|apps?|solutions?|suite|system|products?|sensors?|CRM|LMS|ERP|ATS|AI|analytics|technology|services?|model|API|tracking|scheduler|fintech|robots?|robotics|devices?|dashboard|portal|marketplace|additive|furniture|surveys?|cameras?|chatbot|assistant|telephony|monitoring|packaging|insurance|cover|coatings?|machines?|equipment|hardware|network|drones?|programme|program|training|lenders?|loans?|finance|payroll|audit|checker|bot|kits?|database|kiosks?|lines?|showroom|gateway|backup|automation|collars?|laptops?|controllers?|trucks?|vans?|vehicles?|forklifts?|monitors?|printers?|scanners?|terminals?|lockers?|panels?|pumps?|valves?|chargers?|batter(?:y|ies)|tyres?|tires?|uniforms?|meals?|seeds?|fertili[sz]ers?|lighting|LEDs?|boilers?|HVAC|stack|library|subscription|licen[cs]es?|plan|tier|package|bundle|membership|firewall|VPN|SIEM|WMS|TMS|HRIS|POS|EHR|EMR|CMS|CPQ|ELN|MES|PLM|integration|connector|plugin|add-on|extension|widget|sdk|SDK|headsets?|wearables?|trackers?|beacons?|tablets?|phones?|routers?|switches|servers?|storage|cloud|hosting|broadband|fibre|fiber|connectivity|telematics|checkout|booking|ordering|invoicing|billing|ledger|wallet|scheduling|rostering|dispatch|routing|exchange|index|screening|testing|tests|assays?|reagents?|implants?|instruments?|scales?|filters?|printing|translation|cleaning|catering|staffing|recruitment|consulting|coaching|workshops?|bootcamps?|helpdesk|range|rental|leasing|hire|flooring|planner|sequencer|concentrate|sauces?|oils?|paints?|fabrics?|textiles?|cement|concrete|steel|timber|glass|units?|modules?|feeds?|tags?|boxes|bags?|bottles?|pouches|chairs?|mowers?|lenses|patches|pellets|bays|cells|flours?|vests?|curtains?|beehives?|autoclaves?|inspections?|counselling|counseling|algorithm|dataset|data|cards?|desks?|courses?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProductHead();

    [GeneratedRegex(@"^(?:platform|solution|solutions|product|products|software|technology|service|tools?|system)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericHead();

    // Function words, and the verbs that most often follow a product as its subject ("our approach combines machine
    // learning"), end the noun phrase: without them the phrase ran on into the verb's object.
    [GeneratedRegex(@"^(?:and|or|but|so|that|which|who|is|are|was|were|has|have|had|can|could|would|will|might|may|to|in|on|at|for|with|from|by|of|into|as|than|we|you|i|it|—|–|-|combines?|offers?|helps?|makes?|gives?|delivers?|provides?|lets|means|includes?|supports?|runs|uses|cuts|saves|handles|powers|enables|creates|processes|does|gets|works|integrates|connects|tracks|reduces|automates|becomes|needs|starts|sits|comes|goes|costs|pays|plugs|turns|keeps|brings|spans|covers|contains|features|ships|allows|serves|reaches|achieves|outperforms|measures|carries|stores|should|this|next|last|today|now|soon|here|there|too|also|already|yet|free|together|before|after|across|over|under|via|through|around|plus|rather|not|just)$|[,;:.!?]$", RegexOptions.IgnoreCase)]
    private static partial Regex Stop();

    [GeneratedRegex(@"^(?:pilot|range|line|family|set|portfolio|catalogue|catalog|selection|fleet|network|suite)$", RegexOptions.IgnoreCase)]
    private static partial Regex Container();

    // Words for the seller's people, plans, schemes, conversation, company or record: a phrase with one of them names no product.
    [GeneratedRegex(@"^(?:team|teams|company|companies|firm|business|businesses|organi[sz]ations?|group|people|staff|experts?|engineers?|consultants?|specialists?|founders?|deck|brochures?|one-pager|whitepapers?|W-?9|NDA|MSA|SOW|RFP|slides|ceo|cto|cfo|coo|cio|cmo|vp|chief|scientists?|heads?|directors?|officers?|presidents?|managers?|leads?|analysts?|researchers?|advis[eo]rs?|chair(?:man|woman|person)?|employees?|colleagues?|hires?|customers?|clients?|partners?|partnerships?|users?|members?|community|mission|goals?|aims?|vision|values|culture|roadmap|journey|story|approach|philosophy|offer|proposal|conversation|side|end|part|own|two|three|respective|first|second|third|fourth|fifth|cohort|circle|board|advisory|founding|pilot|ambassador|referral|ecosystem|collective|alliance|inner|early-adopter|innovation|post|posts|page|profile|account|channel|handle|video|article|newsletter|blog|website|site)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAProduct();

    [GeneratedRegex(@"^(?:award-winning|industry-leading|market-leading|best-in-class|world-class|cutting-edge|state-of-the-art|innovative|next-generation|revolutionary|leading|unique|proprietary)$", RegexOptions.IgnoreCase)]
    private static partial Regex Boast();

    [GeneratedRegex(@"^(?:Q[1-4]|H[12]|FY)")]
    private static partial Regex PeriodLike();
}
