using System.Text.Json;

namespace OutreachLint.Audit.Tests.Harness;

/// <summary>
/// The team's mail written once, then <c>check --format json</c> and <c>audit --format json --report</c> run over it
/// side by side, so several tests can compare the two without paying for the runs again.
/// </summary>
public sealed class TeamAuditFixture : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("ol-audit-e2e-").FullName;

    public string Mail => Path.Combine(Folder, "sent");

    public string ConfigPath => Path.Combine(Folder, "team.json");

    public string HistoryPath => Path.Combine(Folder, "history.db");

    public string ReportPath => Path.Combine(Folder, "report.html");

    public CliResult Check { get; private set; } = null!;

    public CliResult Audit { get; private set; } = null!;

    public JsonElement CheckJson { get; private set; }

    public JsonElement AuditJson { get; private set; }

    public async Task InitializeAsync()
    {
        TeamMail.Write(Mail);
        File.WriteAllText(ConfigPath, TeamMail.Config);
        var check = Cli.RunAsync(Folder, "check", Mail, "--format", "json", "--fail-on", "never", "--config", ConfigPath, "--model", Cli.Model);
        var audit = RunAuditAsync("--report", ReportPath, "--examples", "100");
        (Check, Audit) = (await check, await audit);
        CheckJson = Parse(Check);
        AuditJson = Parse(Audit);
    }

    /// <summary>Runs <c>audit</c> over the team's mail with the fixture's config, model and history, JSON out.</summary>
    public Task<CliResult> RunAuditAsync(params string[] extra) =>
        Cli.RunAsync(Folder, ["audit", Mail, "--format", "json", "--config", ConfigPath, "--model", Cli.Model, "--history", HistoryPath, .. extra]);

    public static JsonElement Parse(CliResult result)
    {
        try
        {
            return JsonDocument.Parse(result.Stdout).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"not JSON ({e.Message}): {result}", e);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
