using System.Globalization;
using System.Text.Json;
using OutreachLint.Core;

namespace OutreachLint.Cli;

/// <summary>
/// Loads <c>.outreachlint.json</c>: the user-level file (<c>~/.config/outreachlint/config.json</c>) first, then the nearest
/// one from the working directory upward, whose values win. A bad file is a one-line error with file, line and column.
/// </summary>
internal static class ConfigLoader
{
    public const string FileName = ".outreachlint.json";
    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly string[] Known = ["threshold", "rules", "accept", "reject", "emailChecks", "assumeOutreach", "companyDomains", "aliases", "teams", "rewriter"];

    /// <summary>
    /// The options from the files found (or <paramref name="explicitPath"/> alone), the chat rewriter's settings when a
    /// file turns it on (null: the built-in rewriter), and the files used.
    /// </summary>
    /// <exception cref="UsageException">A file is malformed.</exception>
    public static (LintOptions Options, AuditSettings Audit, ChatRewriterSettings? Chat, IReadOnlyList<string> Files) Load(string? explicitPath)
    {
        var files = explicitPath is not null ? [explicitPath] : Discover();
        var options = new LintOptions();
        var audit = new AuditSettings();
        ChatRewriterSettings? chat = null;
        foreach (var file in files)
        {
            (options, audit, chat) = Apply(file, options, audit, chat);
        }

        return (options, audit, chat, files);
    }

    private static List<string> Discover()
    {
        var found = new List<string>();
        var home = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        var user = Path.Combine(home, "outreachlint", "config.json");
        if (File.Exists(user))
        {
            found.Add(user);
        }

        if (UpwardSearch.Find(FileName, File.Exists) is { } nearest)
        {
            found.Add(nearest);
        }

        return found;
    }

    private static (LintOptions, AuditSettings, ChatRewriterSettings?) Apply(string file, LintOptions options, AuditSettings audit, ChatRewriterSettings? chat)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{file}: cannot read configuration ({e.Message})");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{file}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}");
        }

        using (document)
        {
            var reader = new ConfigReader(file, text);
            var root = document.RootElement;
            reader.Require(root.ValueKind == JsonValueKind.Object, "", "the configuration must be a JSON object");
            foreach (var property in root.EnumerateObject())
            {
                reader.Require(Known.Contains(property.Name), $"\"{property.Name}\"", $"unknown setting \"{property.Name}\" (known: {string.Join(", ", Known)})");
            }

            return (reader.ReadLint(root, options), reader.ReadAudit(root, audit), new RewriterConfigReader(reader, file).Read(root, chat));
        }
    }
}
