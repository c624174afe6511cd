using System.Text.Json;

namespace OutreachLint.Cli.Tests;

/// <summary>Readers over the <c>check --format json</c> contract.</summary>
internal static class Report
{
    public static JsonElement[] Messages(JsonDocument json) => [.. json.RootElement.GetProperty("messages").EnumerateArray()];

    /// <summary>The one message whose source is <paramref name="name"/> or a path ending in it.</summary>
    public static JsonElement Message(JsonDocument json, string name) =>
        Messages(json).Single(m => m.GetProperty("source").GetString() is { } source
            && (source == name || source.Replace('\\', '/').EndsWith("/" + name, StringComparison.Ordinal)));

    public static JsonElement[] Findings(JsonElement message) => [.. message.GetProperty("findings").EnumerateArray()];

    public static string[] Ids(JsonElement message) => [.. Findings(message).Select(f => f.GetProperty("id").GetString()!)];

    /// <summary>Findings of the sentence rules OL001–OL003, the ones that flag a message.</summary>
    public static JsonElement[] SentenceFindings(JsonElement message) =>
        [.. Findings(message).Where(f => f.GetProperty("id").GetString() is "OL001" or "OL002" or "OL003")];

    public static int Summary(JsonDocument json, string field) => json.RootElement.GetProperty("summary").GetProperty(field).GetInt32();
}
