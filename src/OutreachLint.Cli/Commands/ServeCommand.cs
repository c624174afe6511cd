using System.CommandLine;
using OutreachLint.Cli.Serve;

namespace OutreachLint.Cli.Commands;

/// <summary><c>outreachlint serve</c>: the check API, the paste-a-draft page and the Outlook add-in, model loaded once.</summary>
internal sealed class ServeCommand : Command
{
    /// <summary>The environment variable that may hold the API token; a token never comes from the command line.</summary>
    public const string TokenVariable = "OUTREACHLINT_SERVE_TOKEN";

    public Option<int> Port { get; } = new("--port") { Description = $"Port on 127.0.0.1 (default {ServeHost.DefaultPort}, which the Outlook add-in expects; 0 picks a free one)", DefaultValueFactory = _ => ServeHost.DefaultPort };

    public Option<bool> Https { get; } = new("--https") { Description = "Serve over HTTPS (Office requires it); the certificate is --cert-file or the ASP.NET Core development certificate" };

    public Option<string?> CertFile { get; } = new("--cert-file") { Description = "PEM certificate for HTTPS (e.g. from mkcert); implies --https" };

    public Option<string?> KeyFile { get; } = new("--key-file") { Description = "PEM private key of --cert-file (default: read from --cert-file)" };

    public Option<string?> Urls { get; } = new("--urls") { Description = "Addresses to listen on instead of 127.0.0.1:PORT, e.g. \"https://0.0.0.0:5199\" (';' between several); beyond loopback a token is required" };

    public Option<string?> TokenFile { get; } = new("--token-file") { Description = $"File holding the token /api/ requires (or set {TokenVariable})" };

    public Option<string?> Model { get; } = new("--model") { Description = "Model zip (default: the shipped model)" };

    public Option<string?> Config { get; } = new("--config") { Description = $"Configuration file (default: {ConfigLoader.FileName} found from here upward, plus the user-level file)" };

    public ServeCommand()
        : base("serve", "Serve the check API, a web page for pasted drafts and the Outlook add-in, on 127.0.0.1 unless told otherwise")
    {
        Port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535");
            }
        });
        foreach (var option in new Option[] { Port, Https, CertFile, KeyFile, Urls, TokenFile, Model, Config })
        {
            Options.Add(option);
        }

        SetAction((parse, ct) => RunAsync(parse, ct));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var settings = ServeSettingsReader.Read(this, parse);
        var (options, _, chat, _) = ConfigLoader.Load(parse.GetValue(Config));

        var (engines, classifier) = EngineFactory.CreateForServe(parse.GetValue(Model), options, chat);
        using var _ = classifier;
        await using var app = BuildWithCertificate(engines, settings);
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e)
        {
            var where = string.Join(", ", settings.Addresses.Select(a => $"{a.Address}:{a.Port}"));
            throw new UsageException($"cannot listen on {where}: {e.Message}");
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

    /// <summary>Kestrel looks for the development certificate while the server is built; its absence is a set-up step, not a crash.</summary>
    private static Microsoft.AspNetCore.Builder.WebApplication BuildWithCertificate(ServeEngines engines, ServeSettings settings)
    {
        try
        {
            return ServeHost.Build(engines, settings);
        }
        catch (InvalidOperationException e) when (settings.Addresses.Any(a => a.Https) && settings.Certificate is null)
        {
            throw new UsageException($"no HTTPS certificate: run `dotnet dev-certs https --trust`, or pass --cert-file and --key-file ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }
    }
}
