using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OutreachLint.Reporting.Audit;

/// <summary>
/// Writes the audit as JSON: the contract's <c>messagesScanned</c>, <c>messagesFlagged</c>, <c>senders[]</c> and <c>rules</c>,
/// plus the window, first touches and follow-ups, teams, weeks, excluded internal mail and the worst examples.
/// </summary>
public static class AuditJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as one JSON document.</summary>
    public static void Write(Stream output, AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        JsonFields.WriteDate(json, "since", report.Window.Since);
        JsonFields.WriteDate(json, "before", report.Window.Before);
        json.WriteNumber("messagesScanned", report.MessagesScanned);
        json.WriteNumber("messagesFlagged", report.MessagesFlagged);
        json.WriteNumber("flaggedShare", Math.Round(report.FlaggedShare, 4));
        json.WriteNumber("excluded", report.Excluded);
        json.WriteNumber("errors", report.Errors);
        WritePair(json, "firstTouches", report.FirstTouches);
        WritePair(json, "followUps", report.FollowUps);
        json.WriteStartArray("senders");
        foreach (var s in report.Senders)
        {
            json.WriteStartObject();
            json.WriteString("sender", s.Sender);
            json.WriteString("name", s.Name);
            JsonFields.WriteNullable(json, "team", s.Team);
            json.WriteNumber("messages", s.Messages);
            json.WriteNumber("flagged", s.Flagged);
            json.WriteNumber("firstTouches", s.FirstTouches);
            json.WriteNumber("followUps", s.FollowUps);
            json.WriteNumber("averageScore", s.AverageScore);
            WriteCounts(json, "findings", s.Findings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteCounts(json, "rules", report.Rules);
        json.WriteStartArray("teams");
        foreach (var t in report.Teams)
        {
            json.WriteStartObject();
            json.WriteString("team", t.Team);
            json.WriteNumber("messages", t.Messages);
            json.WriteNumber("flagged", t.Flagged);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("weeks");
        foreach (var w in report.Weeks)
        {
            json.WriteStartObject();
            json.WriteString("week", w.Week);
            json.WriteNumber("messages", w.Messages);
            json.WriteNumber("flagged", w.Flagged);
            json.WriteNumber("flaggedShare", Math.Round(w.FlaggedShare, 4));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteExamples(json, report.Examples);
        json.WriteEndObject();
    }

    private static void WriteExamples(Utf8JsonWriter json, IReadOnlyList<AuditExample> examples)
    {
        json.WriteStartArray("examples");
        foreach (var e in examples)
        {
            json.WriteStartObject();
            json.WriteString("sender", e.Sender);
            json.WriteString("subject", e.Subject);
            JsonFields.WriteDate(json, "date", e.Date);
            json.WriteString("source", e.Source);
            json.WriteNumber("score", e.Score);
            json.WriteStartArray("findings");
            foreach (var f in e.Findings)
            {
                json.WriteStartObject();
                json.WriteString("id", f.RuleId);
                json.WriteString("rule", OutreachLint.Core.RuleCatalog.Find(f.RuleId)?.Name ?? f.RuleId);
                json.WriteString("text", f.Text);
                JsonFields.WriteNullable(json, "suggestion", f.Suggestion);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WritePair(Utf8JsonWriter json, string name, (int Messages, int Flagged) pair)
    {
        json.WriteStartObject(name);
        json.WriteNumber("messages", pair.Messages);
        json.WriteNumber("flagged", pair.Flagged);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, int> counts)
    {
        json.WriteStartObject(name);
        foreach (var (rule, count) in counts)
        {
            json.WriteNumber(rule, count);
        }

        json.WriteEndObject();
    }
}
