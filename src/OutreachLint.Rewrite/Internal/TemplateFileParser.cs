using System.Text.Json;
using System.Text.RegularExpressions;
using OutreachLint.Core;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Reads and validates a rewrite template file; every problem is a <see cref="RewriteTemplateException"/>.</summary>
internal static partial class TemplateFileParser
{
    private static readonly string[] Rules = [Labels.DisguisedSelling, Labels.FavorAsk, Labels.SellerCentric];
    private static readonly string[] KnownProperties = ["id", "rule", "slots", "text", "note"];

    /// <summary>Parses <paramref name="json"/> into templates (file order) and the avoid vocabulary.</summary>
    public static (IReadOnlyList<RewriteTemplate> Templates, AvoidList Avoid) Parse(string json)
    {
        using var document = ReadJson(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new RewriteTemplateException(null, "the file must be a JSON object with \"avoid\" and \"templates\"");
        }

        var avoid = new AvoidList(ReadAvoid(root));
        if (!root.TryGetProperty("templates", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new RewriteTemplateException(null, "\"templates\" must be a non-empty array");
        }

        var templates = new List<RewriteTemplate>();
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            index++;
            var template = ReadTemplate(element, index, avoid);
            if (templates.Any(t => t.Id == template.Id))
            {
                throw new RewriteTemplateException(template.Id, "the id is used twice");
            }

            templates.Add(template);
        }

        foreach (var rule in Rules.Where(r => !templates.Any(t => t.Rule == r)))
        {
            throw new RewriteTemplateException(null, $"no template for rule '{rule}'");
        }

        return (templates, avoid);
    }

    private static JsonDocument ReadJson(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new RewriteTemplateException(null, $"not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    private static List<string> ReadAvoid(JsonElement root)
    {
        if (!root.TryGetProperty("avoid", out var avoid) || avoid.ValueKind != JsonValueKind.Array || avoid.GetArrayLength() == 0)
        {
            throw new RewriteTemplateException(null, "\"avoid\" must be a non-empty array of trigger phrases");
        }

        var phrases = new List<string>();
        foreach (var item in avoid.EnumerateArray())
        {
            var phrase = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : "";
            if (phrase.Length == 0 || phrase == "*")
            {
                throw new RewriteTemplateException(null, $"avoid entry #{phrases.Count + 1} is empty or not a string");
            }

            phrases.Add(phrase);
        }

        return phrases;
    }

    private static RewriteTemplate ReadTemplate(JsonElement element, int index, AvoidList avoid)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RewriteTemplateException($"#{index}", "must be an object with id, rule, slots and text");
        }

        var id = ReadString(element, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new RewriteTemplateException($"#{index}", "has no id");
        }

        foreach (var property in element.EnumerateObject().Where(p => !KnownProperties.Contains(p.Name)))
        {
            throw new RewriteTemplateException(id, $"unknown property '{property.Name}' (expected id, rule, slots, text, note)");
        }

        var rule = ReadString(element, "rule");
        if (rule is null || !Rules.Contains(rule, StringComparer.Ordinal))
        {
            throw new RewriteTemplateException(id, $"unknown rule '{rule}' (expected one of {string.Join(", ", Rules)})");
        }

        var text = ReadString(element, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RewriteTemplateException(id, "the template text is empty");
        }

        var slots = ReadSlots(element, id);
        CheckMarkers(id, text, slots, avoid);
        return new RewriteTemplate(id, rule, slots, text);
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> ReadSlots(JsonElement element, string id)
    {
        if (!element.TryGetProperty("slots", out var slotsElement) || slotsElement.ValueKind != JsonValueKind.Array)
        {
            throw new RewriteTemplateException(id, "\"slots\" must be an array of slot names");
        }

        var slots = new List<string>();
        foreach (var item in slotsElement.EnumerateArray())
        {
            var slot = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.ToString();
            if (!RewriteSlots.IsKnown(slot))
            {
                throw new RewriteTemplateException(id, $"unknown slot '{slot}'");
            }

            if (slots.Contains(slot))
            {
                throw new RewriteTemplateException(id, $"slot '{slot}' is listed twice");
            }

            slots.Add(slot);
        }

        return slots;
    }

    private static void CheckMarkers(string id, string text, List<string> slots, AvoidList avoid)
    {
        var used = MarkerPattern().Matches(text).Select(m => m.Groups[1].Value).ToList();
        foreach (var slot in used)
        {
            if (!RewriteSlots.IsKnown(slot))
            {
                throw new RewriteTemplateException(id, $"unknown slot '{{{slot}}}' in text");
            }

            if (!slots.Contains(slot))
            {
                throw new RewriteTemplateException(id, $"text uses slot '{slot}' that \"slots\" does not list");
            }
        }

        foreach (var slot in slots.Where(s => !used.Contains(s)))
        {
            throw new RewriteTemplateException(id, $"lists slot '{slot}' but the text never uses it");
        }

        var bare = MarkerPattern().Replace(text, " ");
        if (bare.Contains('{') || bare.Contains('}'))
        {
            throw new RewriteTemplateException(id, "unbalanced '{' or '}' in text");
        }

        if (avoid.FirstMatch(bare) is { } trigger)
        {
            throw new RewriteTemplateException(id, $"text uses trigger vocabulary '{trigger}'");
        }
    }

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex MarkerPattern();
}
