using System.Globalization;
using System.Text.Json;
using OutreachLint.Core;

namespace OutreachLint.Reporting;

/// <summary>The JSON fields every writer shares, so dates and the message envelope look the same in every output.</summary>
public static class JsonFields
{
    /// <summary>Writes a string, or null when there is none.</summary>
    public static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes a date as ISO 8601 with its offset (<c>2026-11-20T09:14:00+00:00</c>), or null.</summary>
    public static void WriteDate(Utf8JsonWriter json, string name, DateTimeOffset? date) =>
        WriteNullable(json, name, date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    /// <summary>Writes the contract's message envelope: <c>source</c>, <c>subject</c>, <c>from</c>, <c>date</c>, <c>error</c>.</summary>
    public static void WriteEnvelope(Utf8JsonWriter json, EmailDocument document)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(document);
        json.WriteString("source", document.Source);
        json.WriteString("subject", document.Subject);
        json.WriteString("from", document.From);
        WriteDate(json, "date", document.Date);
        WriteNullable(json, "error", document.Error);
    }

    /// <summary>
    /// Writes <c>authorText</c> and <c>setAside[]</c> (kind and reason; the set-aside text too when
    /// <paramref name="withText"/>, as <c>extract</c> shows it — a caller that already holds the mail need not get it twice).
    /// </summary>
    public static void WriteAuthorText(Utf8JsonWriter json, EmailDocument document, bool withText)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(document);
        json.WriteString("authorText", document.AuthorText);
        json.WriteStartArray("setAside");
        foreach (var part in document.SetAside)
        {
            json.WriteStartObject();
            json.WriteString("kind", part.Kind.ToString().ToLowerInvariant());
            json.WriteString("reason", part.Reason);
            if (withText)
            {
                json.WriteString("text", part.Text);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
