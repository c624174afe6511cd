using System.Text.Encodings.Web;
using System.Text.Json;
using OutreachLint.Core;

namespace OutreachLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: rule metadata from <see cref="RuleCatalog"/>, one result per finding with its
/// region, and a fix carrying the suggested replacement. Regions point into the extracted author text, which for a plain
/// text draft is the file itself; for MIME input the snippet identifies the sentence.
/// </summary>
public static class SarifReportWriter
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string InformationUri = "https://github.com/outreachlint/outreachlint";
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one SARIF log with one run for <paramref name="results"/>.</summary>
    public static void Write(Stream output, IReadOnlyList<LintResult> results, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, toolVersion);
        json.WriteStartArray("results");
        foreach (var result in results)
        {
            foreach (var finding in result.Findings)
            {
                WriteResult(json, result.Document, finding);
            }
        }

        json.WriteEndArray();
        WriteNotifications(json, results);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, string version)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "OutreachLint");
        json.WriteString("version", version);
        json.WriteString("semanticVersion", version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", ToPascal(rule.Name));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title + ".");
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Rationale);
            json.WriteEndObject();
            json.WriteString("helpUri", $"{InformationUri}#{rule.Id.ToLowerInvariant()}-{rule.Name}");
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, EmailDocument document, Finding f)
    {
        var end = new LineMap(document.AuthorText).PositionOf(f.Span.End);
        json.WriteStartObject();
        json.WriteString("ruleId", f.Rule.Id);
        json.WriteNumber("ruleIndex", RuleCatalog.All.ToList().IndexOf(f.Rule));
        json.WriteString("level", Level(f.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", f.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, document.Source);
        WriteRegion(json, "region", f.Position, end, f.Text);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (f.Suggestion is not null)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", "Replace the sentence with the suggested rewrite.");
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, document.Source);
            json.WriteStartArray("replacements");
            json.WriteStartObject();
            WriteRegion(json, "deletedRegion", f.Position, end, null);
            json.WriteStartObject("insertedContent");
            json.WriteString("text", f.Suggestion.Replacement);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteNumber("confidence", Math.Round(f.Confidence, 3));
        json.WriteString("rule", f.Rule.Name);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNotifications(Utf8JsonWriter json, IReadOnlyList<LintResult> results)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", results.All(r => r.Document.Error is null));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in results.Select(r => r.Document.Error).OfType<string>())
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", error);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string source)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(source));
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, TextPosition start, TextPosition end, string? snippet)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", start.Line);
        json.WriteNumber("startColumn", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
        if (snippet is not null)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", snippet);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    // IMAP URLs stay as they are; an absolute path becomes a file:// URI (a relative reference may not start with "/",
    // SARIF1004); a relative path stays relative, with "/" separators and everything else escaped ("#" of mbox items).
    private static string ToUri(string source)
    {
        if (source.Contains("://", StringComparison.Ordinal))
        {
            return source;
        }

        if (Path.IsPathFullyQualified(source))
        {
            return new Uri(source).AbsoluteUri;
        }

        return Uri.EscapeDataString(source.Replace(Path.DirectorySeparatorChar, '/')).Replace("%2F", "/", StringComparison.Ordinal);
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string ToPascal(string kebab) =>
        string.Concat(kebab.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
