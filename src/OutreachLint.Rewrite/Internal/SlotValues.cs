namespace OutreachLint.Rewrite.Internal;

/// <summary>Resolves the value of every slot a template needs, or decides the template does not fit the sentence.</summary>
internal static class SlotValues
{
    /// <summary>One value per slot of <paramref name="template"/>, or null when a sentence slot is missing or two names repeat.</summary>
    public static IReadOnlyDictionary<string, string>? For(RewriteTemplate template, SentenceReading reading, RewriteContext context, string sentence)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in template.Slots)
        {
            if (RewriteSlots.IsContextSlot(slot))
            {
                values[slot] = ContextValue(slot, context, sentence) ?? RewriteSlots.Placeholder(slot);
            }
            else if (reading.Slots.TryGetValue(slot, out var value))
            {
                values[slot] = value;
            }
            else
            {
                return null;
            }
        }

        return RepeatsAName(values) || RepeatsInFacts(values) ? null : values;
    }

    private static string? ContextValue(string slot, RewriteContext context, string sentence) => slot switch
    {
        RewriteSlots.Product => ProductPhrase(context, sentence),
        RewriteSlots.Outcome => context.Outcome,
        RewriteSlots.OutcomeGerund => context.Outcome is { } o ? Gerund(o) : null,
        RewriteSlots.Company => context.Company,
        RewriteSlots.Sender => context.Sender,
        RewriteSlots.Name => context.Name,
        _ => null,
    };

    private static string? ProductPhrase(RewriteContext context, string sentence)
    {
        var mentionsSender = context.Sender is { } s && sentence.Contains(s, StringComparison.OrdinalIgnoreCase);
        if (!mentionsSender || (context.Product?.Contains(context.Sender!, StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return context.Product;
        }

        return (context.Product ?? RewriteSlots.Placeholder(RewriteSlots.Product)) + " from " + context.Sender;
    }

    private static string Gerund(string outcome)
    {
        var space = outcome.IndexOf(' ');
        var verb = space < 0 ? outcome : outcome[..space];
        return VerbForms.Gerund(verb) + (space < 0 ? "" : outcome[space..]);
    }

    private static bool RepeatsInFacts(Dictionary<string, string> values) =>
        values.TryGetValue(RewriteSlots.Facts, out var facts)
        && values.Where(v => v.Key is RewriteSlots.Product or RewriteSlots.Company or RewriteSlots.Sender)
            .Any(v => !v.Value.StartsWith('[') && facts.Contains(v.Value, StringComparison.OrdinalIgnoreCase));

    private static bool RepeatsAName(Dictionary<string, string> values)
    {
        var names = values.Where(v => v.Key is RewriteSlots.Product or RewriteSlots.Company or RewriteSlots.Sender or RewriteSlots.Name)
            .Select(v => v.Value).Where(v => !v.StartsWith('[')).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = 0; j < names.Count; j++)
            {
                if (i != j && names[i].Contains(names[j], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
