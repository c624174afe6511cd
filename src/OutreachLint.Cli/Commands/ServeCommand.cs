using System.CommandLine;
using OutreachLint.Cli.Serve;

namespace OutreachLint.Cli.Commands;

/// <summary><c>outreachlint serve</c>: the check API and a paste-a-draft web page on 127.0.0.1, model loaded once.</summary>
internal sealed class ServeCommand : Command
{
    public Option<int> Port { get; } = new("--port") { Description = $"Port on 127.0.0.1 (default {ServeHost.DefaultPort}; 0 picks a free one)", DefaultValueFactory = _ => ServeHost.DefaultPort };

    public Option<string?> Model { get; } = new("--model") { Description = "Model zip (default: the shipped model)" };

    public Option<string?> Config { get; } = new("--config") { Description = $"Configuration file (default: {ConfigLoader.FileName} found from here upward, plus the user-level file)" };

    public ServeCommand()
        : base("serve", "Serve the check API and a web page for pasted drafts on 127.0.0.1")
    {
        Port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535");
            }
        });
        Options.Add(Port);
        Options.Add(Model);
        Options.Add(Config);
        SetAction((parse, ct) => RunAsync(parse, ct));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var (options, _, chat, _) = ConfigLoader.Load(parse.GetValue(Config));

        // A pasted draft has no envelope, and anyone pasting one here is writing prospecting mail.
        var (engine, classifier) = EngineFactory.Create(parse.GetValue(Model), options with { AssumeOutreach = true }, chat);
        using var _ = classifier;
        await using var app = ServeHost.Build(engine, parse.GetValue(Port));
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot listen on 127.0.0.1:{parse.GetValue(Port)}: {e.Message}");
        }

        Console.Out.WriteLine($"outreachlint: serving on {ServeHost.Address(app)} (Ctrl-C to stop)");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C or SIGTERM: a requested stop, not a failure.
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Clean;
    }
}
