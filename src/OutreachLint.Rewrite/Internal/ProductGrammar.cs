using System.Text.RegularExpressions;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Whether a product is spoken of as "it" or "they".</summary>
internal static partial class ProductGrammar
{
    /// <summary>
    /// True for a product named by a plural noun phrase ("our yield monitors"), not a name ("Routeway", "BrightPay"), an
    /// acronym ("our WMS") or a noun that ends in s without being plural ("our analytics", "our business").
    /// </summary>
    public static bool IsPlural(string product)
    {
        ArgumentNullException.ThrowIfNull(product);
        if (!IsOurs(product) && !product.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var last = product.Split(' ')[^1];
        return last.Length > 3 && last.All(char.IsLower) && last.EndsWith('s') && !NotPlural().IsMatch(last);
    }

    /// <summary>True for a product read from the sentence as "our …", which names a thing, never the company.</summary>
    public static bool IsOurs(string product) => product.StartsWith("our ", StringComparison.OrdinalIgnoreCase);

    /// <summary>"it" or "they" for <paramref name="product"/>.</summary>
    public static string Pronoun(string product) => IsPlural(product) ? "they" : "it";

    [GeneratedRegex(@"(?:ss|us|is|ics|news|series)$")]
    private static partial Regex NotPlural();
}
