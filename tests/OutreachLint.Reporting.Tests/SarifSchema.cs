using System.Text.Json;
using Json.Schema;

namespace OutreachLint.Reporting.Tests;

/// <summary>The official SARIF 2.1.0 schema (vendored, see Schemas/README.md), built once.</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json")));

    /// <summary>Schema errors of <paramref name="log"/> as "instance path: message" lines; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonElement log)
    {
        var results = Schema.Value.Evaluate(log, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no details)"];
    }
}
