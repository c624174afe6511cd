using System.Collections.Concurrent;

namespace OutreachLint.Identity.Tests.Harness;

/// <summary>One "process" of the CLI in-process: its own MSAL application on a shared cache folder, its messages and MSAL log.</summary>
public sealed class SignInRun(string cacheDirectory, FakeMicrosoftIdentity identity)
{
    public const string ClientId = "3f1a5c1e-7b2d-4a8e-9c11-0d6f2b7e4a90";

    private readonly ConcurrentQueue<string> _log = new();

    public StringWriter Messages { get; } = new();

    public string LogText => string.Join('\n', _log);

    public TimeSpan DeviceCodeTimeout { get; init; } = TimeSpan.FromMinutes(1);

    public MicrosoftSignInOptions Options => new()
    {
        ClientId = ClientId,
        CacheDirectory = cacheDirectory,
        Messages = TextWriter.Synchronized(Messages),
        HttpClientFactory = identity,
        Log = _log.Enqueue,
        DeviceCodeTimeout = DeviceCodeTimeout,
    };
}
