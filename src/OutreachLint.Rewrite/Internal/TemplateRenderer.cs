using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Fills a template's <c>{slot}</c> markers and tidies the result into one clean sentence.</summary>
internal static partial class TemplateRenderer
{
    private static readonly string[] LowerFirstWords = ["The", "A", "An", "Your", "This", "That", "These", "Those", "Its", "With", "Over", "In", "For", "After", "Since", "As", "On", "More", "Nearly", "Almost", "About", "Companies", "Teams", "Customers", "Clients", "Brands", "Businesses", "Leaders", "Most", "Many", "All", "Every", "Last", "Each", "Given", "Because", "Having", "Now", "Following", "Once", "Seeing", "At", "Founded", "Based", "Established", "Headquartered", "Like", "From", "When", "Today", "Across", "What", "Who", "Which"];

    /// <summary>Renders <paramref name="template"/> with <paramref name="values"/> (one per slot) after <paramref name="prefix"/>.</summary>
    public static string Render(RewriteTemplate template, IReadOnlyDictionary<string, string> values, string prefix)
    {
        var text = values.TryGetValue(RewriteSlots.Product, out var product) && ProductGrammar.IsPlural(product) ? PluralAgreement(template.Text) : template.Text;
        var body = Marker().Replace(text, m => MidSentence(ChatShorthand.Expand(values[m.Groups[1].Value]), m.Index > 0));
        body = Tidy(body);
        if (prefix.Length == 0)
        {
            return body;
        }

        var startsWithI = body.StartsWith("I ", StringComparison.Ordinal) || body.StartsWith("I'", StringComparison.Ordinal);
        var first = body.Split(' ')[0];
        var lower = !startsWithI && (LowerFirstWords.Contains(first) || first is "If" or "You" or "What");
        return prefix.TrimEnd(',', ' ') + ", " + (lower ? char.ToLower(body[0], CultureInfo.InvariantCulture) + body[1..] : body);
    }

    /// <summary>Counts the <c>[placeholder]</c>s in <paramref name="text"/>.</summary>
    public static int Placeholders(string text) => Placeholder().Count(text);

    // The templates speak of the product as "it": a plural product makes that "they" and the verbs after it plural.
    private static string PluralAgreement(string template)
    {
        var at = template.IndexOf("{" + RewriteSlots.Product + "}", StringComparison.Ordinal);
        var after = template[at..];
        after = PronounAfterProduct().Replace(after, m => m.Groups["v"].Value == "has" ? "they have" : "they " + m.Groups["v"].Value);
        after = VerbAfterProduct().Replace(after, m => m.Groups["v"].Value switch
        {
            "does" => "{product} do",
            "helps" => "{product} help",
            "gets" => "{product} get",
            _ => m.Value,
        });
        return template[..at] + after;
    }

    private static string MidSentence(string value, bool mid)
    {
        var first = value.Split(' ')[0];
        return mid && LowerFirstWords.Contains(first) ? char.ToLower(value[0], CultureInfo.InvariantCulture) + value[1..] : value;
    }

    private static string Tidy(string text)
    {
        text = Spaces().Replace(text, " ").Trim();
        text = SpaceBeforePunctuation().Replace(text, "$1");
        text = CommaBeforeStop().Replace(text, "");
        text = DoublePunctuation().Replace(text, "$1");
        if (text.Length > 0 && char.IsLower(text[0]))
        {
            text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
        }

        return text.Length > 0 && !".!?".Contains(text[^1]) ? text + "." : text;
    }

    [GeneratedRegex(@"\bit (?<v>can|could|has)\b")]
    private static partial Regex PronounAfterProduct();

    [GeneratedRegex(@"\{product\} (?<v>does|helps|gets)\b")]
    private static partial Regex VerbAfterProduct();

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\[[^\[\]]+\]")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,;:.!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@",(?=[.;:!?])")]
    private static partial Regex CommaBeforeStop();

    [GeneratedRegex(@"([,;:.!?])[,;:.]+")]
    private static partial Regex DoublePunctuation();
}
