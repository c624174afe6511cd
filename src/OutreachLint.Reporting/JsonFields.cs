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
}
