using Microsoft.AspNetCore.Builder;
using OutreachLint.Classifier;
using OutreachLint.Cli;
using OutreachLint.Cli.Serve;
using OutreachLint.Core;

namespace OutreachLint.Serve.Tests;

/// <summary>One real server per test collection: the shipped engine behind Kestrel on 127.0.0.1 and a free port.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private PooledSentenceClassifier? _classifier;

    /// <summary>The engines the server uses, for tests that start a server of their own.</summary>
    internal ServeEngines Engines { get; private set; } = null!;

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A client for <see cref="Address"/>.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (var engines, _classifier) = EngineFactory.CreateForServe(TestModel.Path, new LintOptions());
        Engines = engines;
        _app = ServeHost.Build(engines, ServeSettings.LoopbackHttp(port: 0));
        await _app.StartAsync();
        Address = ServeHost.Address(_app);
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _classifier?.Dispose();
    }
}
