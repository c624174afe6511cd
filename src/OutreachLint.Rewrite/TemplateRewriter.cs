using OutreachLint.Core;
using OutreachLint.Rewrite.Internal;

namespace OutreachLint.Rewrite;

/// <summary>
/// Rewrites disguised-selling, favour-ask and seller-centric sentences from data templates, filling gaps from the
/// whole email. A suggestion keeps every entity of the original, avoids the trigger vocabulary, and uses a
/// <c>[placeholder]</c> only where the email lacks a needed fact. Deterministic and thread-safe.
/// </summary>
public sealed class TemplateRewriter : IRewriter
{
    /// <summary>The <see cref="Suggestion.Origin"/> of every suggestion this rewriter makes.</summary>
    public const string Origin = "template";

    // Longer than any sentence a rep sends (the longest of 14,000 written for training and the blind sets is 287
    // characters), and a template rewrite of it would read badly anyway; reading one costs time that grows faster than
    // its length (entities × templates), 1.4 s for a hostile 60 KB run-on, so it is not attempted.
    private const int LongestSentence = 1_000;

    private readonly RewriteTemplateSet _templates;
    private readonly Func<string, bool>? _wouldBeFlagged;

    /// <summary>Creates a rewriter over <paramref name="templates"/> (default: the shipped set).</summary>
    /// <param name="templates">The templates to use; null for <see cref="RewriteTemplateSet.Default"/>.</param>
    /// <param name="wouldBeFlagged">Optional check, such as the real classifier, that rejects a candidate that would itself be flagged; the next template is tried.</param>
    public TemplateRewriter(RewriteTemplateSet? templates = null, Func<string, bool>? wouldBeFlagged = null)
    {
        _templates = templates ?? RewriteTemplateSet.Default;
        _wouldBeFlagged = wouldBeFlagged;
    }

    /// <summary>
    /// Runs every rule's templates once on a built-in draft, so the first real suggestion does not pay for building
    /// regexes and compiling code. Meant for a spare core while the model loads; never calls the re-check.
    /// </summary>
    public void Prepare()
    {
        var draft = new EmailDocument
        {
            Source = "prepare", Subject = "Route planning for Northwind", FromAddress = "sam@routeway.example",
            Recipients = ["dana@northwind.example"], RecipientNames = ["Dana Wu"],
            AuthorText = "Hi Dana,\n\nWe'd love to partner with Northwind on routing.\nCould I get 15 minutes on Thursday?\n"
                         + "Our award-winning platform is trusted by 500 fleets.\nYour goal is to cut fuel costs by 10% in Q3.",
        };
        _ = Candidates(Labels.DisguisedSelling, "We'd love to partner with Northwind on routing.", draft);
        _ = Candidates(Labels.FavorAsk, "Could I get 15 minutes on Thursday?", draft);
        _ = Candidates(Labels.SellerCentric, "Our award-winning platform is trusted by 500 fleets.", draft);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> or <paramref name="document"/> is null.</exception>
    public Suggestion? Suggest(Finding finding, EmailDocument document)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(document);
        var replacement = Rewrite(finding.Rule.Name, finding.Text, document);
        return replacement is null ? null : new Suggestion(replacement, Origin);
    }

    /// <summary>The best replacement for <paramref name="sentence"/> flagged under <paramref name="rule"/>, or null when none keeps every entity and passes the checks.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string? Rewrite(string rule, string sentence, EmailDocument document)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(document);
        return Candidates(rule, sentence, document).FirstOrDefault(c => _wouldBeFlagged is null || !_wouldBeFlagged(c));
    }

    /// <summary>Every acceptable replacement in preference order: fewest placeholders first, then template order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<string> Candidates(string rule, string sentence, EmailDocument document)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(document);
        if (rule is not (Labels.DisguisedSelling or Labels.FavorAsk or Labels.SellerCentric) || string.IsNullOrWhiteSpace(sentence)
            || sentence.Length > LongestSentence)
        {
            return [];
        }

        var context = RewriteContextReader.Read(document, sentence);
        var reading = SentenceSlotReader.Read(rule, sentence, context);
        var entities = RewriteEntities.Find(sentence).Select(e => e.Text).ToList();
        var found = new List<(string Text, int Placeholders, int Order)>();
        var order = 0;
        foreach (var template in _templates.ForRule(rule))
        {
            order++;
            if (SlotValues.For(template, reading, context, sentence) is not { } values)
            {
                continue;
            }

            var text = TemplateRenderer.Render(template, values, reading.Prefix);
            var keepsEntities = entities.All(e => text.Contains(e, StringComparison.OrdinalIgnoreCase));
            if (keepsEntities && _templates.Avoid.FirstMatch(text, entities) is null && !found.Any(f => f.Text == text))
            {
                found.Add((text, TemplateRenderer.Placeholders(text), order));
            }
        }

        return [.. found.OrderBy(f => f.Placeholders).ThenBy(f => f.Order).Select(f => f.Text)];
    }
}
