using System.Text.Json.Nodes;

namespace OutreachLint.Serve.Tests;

/// <summary>The Outlook add-in's unified manifest (src/OutreachLint.Outlook/manifest.json) against Microsoft's v1.30 schema.</summary>
public sealed class AddinManifestTests
{
    private static JsonNode Manifest() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Outlook", "manifest.json")))!;

    [Fact]
    public async Task Manifest_WhenValidatedAgainstV130Schema_HasNoErrors()
    {
        Assert.Empty(await AppManifestSchema.ErrorsAsync(Manifest()));
    }

    [Fact]
    public void Manifest_OnSend_IsSoftBlockAndNamesADeclaredAction()
    {
        var extension = Manifest()["extensions"]![0]!;
        var send = extension["autoRunEvents"]![0]!["events"]!.AsArray().Single(e => (string?)e!["type"] == "messageSending")!;
        var actions = extension["runtimes"]!.AsArray().SelectMany(r => r!["actions"]!.AsArray()).Select(a => (string?)a!["id"]).ToList();

        Assert.Equal("softBlock", (string?)send["options"]!["sendMode"]);
        Assert.Contains((string?)send["actionId"], actions);
    }

    [Fact]
    public async Task Schema_WhenManifestIsBroken_ReportsIt()
    {
        // Guards the guard: a schema that accepted anything would make the first test pass for nothing.
        var broken = Manifest();
        broken["extensions"]![0]!["autoRunEvents"]![0]!["events"]![0]!["options"]!["sendMode"] = "sometimes";
        broken.AsObject().Remove("accentColor");

        var errors = await AppManifestSchema.ErrorsAsync(broken);

        Assert.Contains(errors, e => e.Contains("sendMode", StringComparison.Ordinal) || e.Contains("enum", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("accentColor", StringComparison.Ordinal));
    }
}
