using System.Text.Json;

namespace OutreachLint.Cli;

/// <summary>
/// Reads <c>"rewriter"</c> from a configuration file: <c>"template"</c> (the default) or <c>"chat"</c> with an endpoint
/// and a model. Errors are located like every other setting; a key written into the file is refused, not used.
/// </summary>
internal sealed class RewriterConfigReader(ConfigReader reader, string file)
{
    private static readonly string[] Known = ["kind", "endpoint", "model", "timeoutSeconds", "concurrency", "apiKeyFile"];

    /// <summary>The chat settings the file asks for, null when it asks for the template rewriter, or <paramref name="current"/> when it says nothing.</summary>
    /// <exception cref="UsageException">The setting is malformed.</exception>
    public ChatRewriterSettings? Read(JsonElement root, ChatRewriterSettings? current)
    {
        if (!root.TryGetProperty("rewriter", out var rewriter))
        {
            return current;
        }

        reader.Require(rewriter.ValueKind == JsonValueKind.Object, "\"rewriter\"", "rewriter must be an object such as { \"kind\": \"chat\", \"endpoint\": \"https://…/v1\", \"model\": \"…\" }");
        foreach (var property in rewriter.EnumerateObject())
        {
            reader.Require(property.Name is not ("apiKey" or "key"), $"\"{property.Name}\"",
                $"never put the API key in the configuration: set {ChatRewriterSettings.ApiKeyVariable} or name a file in \"apiKeyFile\"");
            reader.Require(Known.Contains(property.Name), $"\"{property.Name}\"", $"unknown rewriter setting \"{property.Name}\" (known: {string.Join(", ", Known)})");
        }

        var kind = rewriter.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        reader.Require(kind is "template" or "chat", rewriter.TryGetProperty("kind", out _) ? "\"kind\"" : "\"rewriter\"",
            $"rewriter kind must be \"template\" or \"chat\"{(kind is null ? "" : $", not \"{kind}\"")}");
        return kind == "template" ? null : ReadChat(rewriter);
    }

    private ChatRewriterSettings ReadChat(JsonElement rewriter)
    {
        var endpoint = Text(rewriter, "endpoint");
        var uri = Uri.TryCreate(endpoint, UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http" ? parsed : null;
        reader.Require(uri is not null, "\"endpoint\"", "rewriter endpoint must be an absolute http(s) URL such as https://api.openai.com/v1");
        reader.Require(uri!.Scheme == "https" || IsLoopback(uri), "\"endpoint\"", "rewriter endpoint must use https (plain http only to localhost or a loopback address)");
        var settings = new ChatRewriterSettings { Endpoint = uri, Model = Text(rewriter, "model") };
        if (rewriter.TryGetProperty("timeoutSeconds", out var timeout))
        {
            reader.Require(timeout.ValueKind == JsonValueKind.Number && timeout.GetDouble() is > 0 and <= 600, "\"timeoutSeconds\"", "rewriter timeoutSeconds must be a number above 0 and at most 600");
            settings = settings with { Timeout = TimeSpan.FromSeconds(timeout.GetDouble()) };
        }

        if (rewriter.TryGetProperty("concurrency", out var concurrency))
        {
            reader.Require(concurrency.ValueKind == JsonValueKind.Number && concurrency.TryGetInt32(out var n) && n is >= 1 and <= 32, "\"concurrency\"", "rewriter concurrency must be a whole number from 1 to 32");
            settings = settings with { Concurrency = concurrency.GetInt32() };
        }

        if (rewriter.TryGetProperty("apiKeyFile", out _))
        {
            var keyFile = KeyFilePath(Text(rewriter, "apiKeyFile"));
            reader.Require(File.Exists(keyFile), "\"apiKeyFile\"", $"rewriter apiKeyFile {keyFile}: file not found");
            settings = settings with { ApiKeyFile = keyFile };
        }

        return settings;
    }

    private string Text(JsonElement rewriter, string name)
    {
        var present = rewriter.TryGetProperty(name, out var value);
        reader.Require(present && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0,
            present ? $"\"{name}\"" : "\"rewriter\"", $"rewriter {name} must be a non-empty string");
        return value.GetString()!.Trim();
    }

    // "~/" is the user's home; any other relative path is relative to the configuration file, not the working directory.
    private string KeyFilePath(string path)
    {
        if (path.StartsWith("~/", StringComparison.Ordinal))
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..]);
        }

        return Path.GetFullPath(path, Path.GetDirectoryName(Path.GetFullPath(file))!);
    }

    // Uri.IsLoopback covers localhost, 127.0.0.0/8 and [::1]: traffic that never leaves the machine may go unencrypted.
    private static bool IsLoopback(Uri uri) => uri.IsLoopback;
}
