using System.Text.Encodings.Web;
using System.Text.Json;
using OutreachLint.Core;

namespace OutreachLint.Reporting;

/// <summary>Writes <c>check</c> results as the contract's JSON: <c>messages[]</c> with findings, then a summary.</summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every result to <paramref name="output"/> as one JSON document.</summary>
    public static void Write(Stream output, IReadOnlyList<LintResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartArray("messages");
        foreach (var result in results)
        {
            WriteMessage(json, result);
        }

        json.WriteEndArray();
        var summary = ReportSummary.Of(results);
        json.WriteStartObject("summary");
        json.WriteNumber("messages", summary.Messages);
        json.WriteNumber("flagged", summary.Flagged);
        json.WriteNumber("findings", summary.Findings);
        json.WriteNumber("errors", summary.Errors);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes one result as the contract's message object. <c>serve</c> answers with this shape plus, with
    /// <paramref name="includeAuthorText"/>, the <c>authorText</c> the offsets index and the kinds of parts set aside,
    /// so a caller that sent a whole mail body can map findings back to it.
    /// </summary>
    public static void WriteMessage(Utf8JsonWriter json, LintResult result, bool includeAuthorText = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        var d = result.Document;
        json.WriteStartObject();
        JsonFields.WriteEnvelope(json, d);
        if (d.Error is null)
        {
            json.WriteNumber("score", result.Score);
        }
        else
        {
            json.WriteNull("score");
        }

        json.WriteBoolean("flagged", result.IsFlagged);
        json.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("id", f.Rule.Id);
            json.WriteString("rule", f.Rule.Name);
            json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            json.WriteNumber("confidence", Math.Round(f.Confidence, 3));
            json.WriteNumber("line", f.Position.Line);
            json.WriteNumber("column", f.Position.Column);
            json.WriteNumber("offset", f.Span.Start);
            json.WriteNumber("length", f.Span.Length);
            json.WriteString("text", f.Text);
            json.WriteString("message", f.Message);
            JsonFields.WriteNullable(json, "suggestion", f.Suggestion?.Replacement);
            JsonFields.WriteNullable(json, "suggestionOrigin", f.Suggestion?.Origin);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (includeAuthorText)
        {
            JsonFields.WriteAuthorText(json, d, withText: false);
        }

        json.WriteEndObject();
    }
}
