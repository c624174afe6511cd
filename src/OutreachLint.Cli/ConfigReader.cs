using System.Text.Json;
using OutreachLint.Core;

namespace OutreachLint.Cli;

/// <summary>Reads the settings of one parsed configuration file; errors point at the offending token's line and column.</summary>
internal sealed class ConfigReader(string file, string text)
{
    /// <summary>Throws a located error unless <paramref name="condition"/> holds.</summary>
    public void Require(bool condition, string token, string problem)
    {
        if (!condition)
        {
            var at = token.Length == 0 ? 0 : Math.Max(text.IndexOf(token, StringComparison.Ordinal), 0);
            var line = 1 + text.AsSpan(0, at).Count('\n');
            var column = at - (text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1) + 1;
            throw new UsageException($"{file}:{line}:{column}: {problem}");
        }
    }

    public LintOptions ReadLint(JsonElement root, LintOptions options)
    {
        if (root.TryGetProperty("threshold", out var threshold))
        {
            Require(threshold.ValueKind == JsonValueKind.Number && threshold.GetSingle() is >= 0 and <= 1, "\"threshold\"", "threshold must be a number from 0 to 1");
            options = options with { MinimumConfidence = threshold.GetSingle() };
        }

        if (root.TryGetProperty("emailChecks", out var checks))
        {
            Require(checks.ValueKind is JsonValueKind.True or JsonValueKind.False, "\"emailChecks\"", "emailChecks must be true or false");
            options = options with { EmailChecks = checks.GetBoolean() };
        }

        if (root.TryGetProperty("assumeOutreach", out var outreach))
        {
            Require(outreach.ValueKind is JsonValueKind.True or JsonValueKind.False, "\"assumeOutreach\"", "assumeOutreach must be true or false");
            options = options with { AssumeOutreach = outreach.GetBoolean() };
        }

        if (root.TryGetProperty("rules", out var rules))
        {
            Require(rules.ValueKind == JsonValueKind.Object, "\"rules\"", "rules must be an object of rule id or name → off|info|warning|error");
            var severities = new Dictionary<string, Severity?>(options.RuleSeverities, StringComparer.OrdinalIgnoreCase);
            foreach (var rule in rules.EnumerateObject())
            {
                var descriptor = RuleCatalog.Find(rule.Name);
                Require(descriptor is not null, $"\"{rule.Name}\"", $"unknown rule \"{rule.Name}\"");
                var value = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString() : null;
                Require(value is "off" or "info" or "warning" or "error", $"\"{rule.Name}\"", $"rule \"{rule.Name}\" must be off, info, warning or error");
                severities[descriptor!.Id] = value == "off" ? null : Enum.Parse<Severity>(value!, ignoreCase: true);
            }

            options = options with { RuleSeverities = severities };
        }

        return options with
        {
            AcceptPhrases = [.. options.AcceptPhrases, .. Strings(root, "accept")],
            CompanyDomains = [.. options.CompanyDomains, .. Strings(root, "companyDomains").Select(d => d.ToLowerInvariant())],
            RejectPhrases = [.. options.RejectPhrases, .. Strings(root, "reject")],
        };
    }

    public AuditSettings ReadAudit(JsonElement root, AuditSettings audit)
    {
        var domains = Strings(root, "companyDomains").Select(d => d.ToLowerInvariant()).ToList();
        var aliases = Map(root, "aliases");
        var teams = Map(root, "teams");
        return audit with
        {
            CompanyDomains = [.. audit.CompanyDomains, .. domains],
            Aliases = audit.Aliases.Concat(aliases).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            Teams = audit.Teams.Concat(teams).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        };
    }

    private List<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            return [];
        }

        Require(array.ValueKind == JsonValueKind.Array && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String && e.GetString()!.Trim().Length > 0),
            $"\"{name}\"", $"{name} must be an array of non-empty strings");
        return array.EnumerateArray().Select(e => e.GetString()!.Trim()).ToList();
    }

    private Dictionary<string, string> Map(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var map))
        {
            return [];
        }

        Require(map.ValueKind == JsonValueKind.Object && map.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.String),
            $"\"{name}\"", $"{name} must be an object of address → name");
        return map.EnumerateObject().ToDictionary(p => p.Name.ToLowerInvariant(), p => p.Value.GetString()!);
    }
}
