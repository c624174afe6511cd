using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace OutreachLint.Cli;

/// <summary>
/// Builds the <see cref="IChatClient"/> for an OpenAI-compatible endpoint with the key from a file or the environment,
/// never from an argument. Certificates are validated by the default handler; nothing here turns that off.
/// </summary>
internal static class ChatClientFactory
{
    // Local servers (llama.cpp, Ollama, vLLM) on loopback usually want no key, but the client insists on one.
    private const string NoKey = "no-key";

    /// <summary>The client for <paramref name="settings"/>, sending <paramref name="key"/> (from <see cref="ApiKey"/>).</summary>
    public static IChatClient Create(ChatRewriterSettings settings, string key)
    {
        var client = new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = settings.Endpoint });
        return client.GetChatClient(settings.Model).AsIChatClient();
    }

    /// <summary>The key from the configured file, else the environment; a placeholder for a loopback server that wants none.</summary>
    /// <exception cref="UsageException">No key is set for a remote endpoint, or the key file cannot be read.</exception>
    public static string ApiKey(ChatRewriterSettings settings)
    {
        if (settings.ApiKeyFile is { } file)
        {
            try
            {
                return File.ReadAllText(file).Trim() is { Length: > 0 } fromFile
                    ? fromFile
                    : throw new UsageException($"rewriter apiKeyFile {file}: the file is empty");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"rewriter apiKeyFile {file}: cannot read ({e.Message})");
            }
        }

        if (Environment.GetEnvironmentVariable(ChatRewriterSettings.ApiKeyVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment.Trim();
        }

        return settings.Endpoint.IsLoopback
            ? NoKey
            : throw new UsageException($"the chat rewriter needs an API key for {settings.Endpoint.Host}: set {ChatRewriterSettings.ApiKeyVariable} or \"apiKeyFile\" in the rewriter configuration");
    }
}
