using System.CommandLine;
using OutreachLint.Cli.Commands;

namespace OutreachLint.Cli.Serve;

/// <summary>Turns <c>serve</c>'s options into <see cref="ServeSettings"/>, refusing combinations that cannot work.</summary>
internal static class ServeSettingsReader
{
    /// <summary>The settings the command line and environment ask for.</summary>
    /// <exception cref="UsageException">Contradicting options, an unreadable file, or no token beyond loopback.</exception>
    public static ServeSettings Read(ServeCommand command, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(parse);
        var certFile = parse.GetValue(command.CertFile);
        var keyFile = parse.GetValue(command.KeyFile);
        if (keyFile is not null && certFile is null)
        {
            throw new UsageException("--key-file needs --cert-file");
        }

        var https = parse.GetValue(command.Https) || certFile is not null;
        var urls = parse.GetValue(command.Urls);
        IReadOnlyList<ListenAddress> addresses;
        if (urls is null)
        {
            addresses = [ListenAddress.Loopback(parse.GetValue(command.Port), https)];
        }
        else if (parse.GetResult(command.Port) is { Implicit: false } || parse.GetValue(command.Https))
        {
            throw new UsageException("--urls cannot be combined with --port or --https; put the scheme and port in the URL");
        }
        else
        {
            addresses = [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ListenAddress.Parse)];
            if (addresses.Count == 0)
            {
                throw new UsageException("--urls: no address given");
            }
        }

        var settings = new ServeSettings
        {
            Addresses = addresses,
            Certificate = certFile is null ? null : PemCertificate.Load(certFile, keyFile),
            Token = InputOptions.Secret(parse.GetValue(command.TokenFile), ServeCommand.TokenVariable, "--token-file"),
        };
        if (!settings.IsLoopbackOnly && string.IsNullOrEmpty(settings.Token))
        {
            throw new UsageException($"--urls reaches beyond loopback: set {ServeCommand.TokenVariable} or --token-file so only callers with the token can use /api/");
        }

        return settings;
    }
}
