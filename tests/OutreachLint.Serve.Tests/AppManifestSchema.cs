using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OutreachLint.Serve.Tests;

/// <summary>
/// Microsoft's unified app manifest schema v1.30, as npm's <c>office-addin-manifest@3.0.0</c> ships it (through
/// <c>@microsoft/app-manifest</c>); installed once into a temp folder, since the schema's own URL is not reachable here.
/// </summary>
internal static class AppManifestSchema
{
    private const string Package = "office-addin-manifest@3.0.0";
    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadAsync);

    /// <summary>Schema errors of <paramref name="manifest"/> as "instance path: keyword: message" lines; empty when valid.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(JsonNode manifest)
    {
        var schema = await Schema.Value;
        using var document = JsonDocument.Parse(manifest.ToJsonString());
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
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

    private static async Task<JsonSchema> LoadAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "outreachlint-office-addin-manifest-3.0.0");
        var file = Path.Combine(folder, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v1.30", "MicrosoftTeams.schema.json");
        if (!File.Exists(file))
        {
            await NpmInstallAsync(folder);
        }

        var node = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        return JsonSchema.FromText(ToDraft202012(node).ToJsonString());
    }

    /// <summary>
    /// The file declares draft-04, which JsonSchema.Net does not load. It uses no boolean exclusiveMinimum, no tuple
    /// items and no "id" keyword, so renaming the three keywords whose spelling changed keeps its meaning under 2020-12.
    /// </summary>
    private static JsonObject ToDraft202012(JsonObject schema)
    {
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        if (schema["definitions"] is { } definitions)
        {
            schema.Remove("definitions");
            schema["$defs"] = definitions;
        }

        Rewrite(schema, parentKey: null);
        return schema;
    }

    private static void Rewrite(JsonNode? node, string? parentKey)
    {
        switch (node)
        {
            case JsonObject obj:
                // Under "properties" and "$defs" the keys are names, not keywords.
                var names = parentKey is "properties" or "$defs";
                if (!names && obj["dependencies"] is JsonObject dependencies)
                {
                    Assert.True(dependencies.All(d => d.Value is JsonObject), "array-form dependencies would need dependentRequired");
                    obj.Remove("dependencies");
                    obj["dependentSchemas"] = dependencies;
                }

                if (!names && obj["exclusiveMinimum"] is JsonValue { } exclusive && exclusive.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
                {
                    Assert.Fail("boolean exclusiveMinimum changed meaning after draft-04");
                }

                foreach (var (key, value) in obj.ToList())
                {
                    if (!names && key == "$ref" && value is JsonValue reference)
                    {
                        obj["$ref"] = reference.GetValue<string>().Replace("#/definitions/", "#/$defs/", StringComparison.Ordinal);
                    }
                    else
                    {
                        Rewrite(value, key);
                    }
                }

                break;
            case JsonArray array:
                if (parentKey == "items")
                {
                    Assert.Fail("tuple-form items changed meaning in 2020-12");
                }

                foreach (var item in array)
                {
                    Rewrite(item, parentKey: null);
                }

                break;
        }
    }

    private static async Task NpmInstallAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("npm") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["install", "--no-audit", "--no-fund", "--silent", "--prefix", folder, Package])
        {
            start.ArgumentList.Add(arg);
        }

        using var npm = Process.Start(start)!;
        var stderr = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm install {Package} failed: {await stderr}");
        }
    }
}
