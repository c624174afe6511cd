using System.CommandLine;
using MailKit.Security;
using MimeKit;

namespace OutreachLint.Cli.Audit;

/// <summary>The <c>--email-report</c> options; the SMTP password comes from the environment, never from an argument.</summary>
internal sealed class SmtpOptions
{
    public Option<string?> EmailReport { get; } = new("--email-report") { Description = "Send the HTML report to ADDRESS through SMTP" };

    public Option<string?> Host { get; } = new("--smtp-host") { Description = "SMTP server for --email-report" };

    public Option<int?> Port { get; } = new("--smtp-port") { Description = "SMTP port (default 587, or 465 with --smtp-security ssl)" };

    public Option<string> Security { get; } = new("--smtp-security") { Description = "starttls (required; default), ssl (implicit TLS), none (trusted relays only)", DefaultValueFactory = _ => "starttls" };

    public Option<string?> User { get; } = new("--smtp-user") { Description = $"SMTP login; the password comes from {SmtpSettings.PasswordVariable}" };

    public Option<string?> From { get; } = new("--smtp-from") { Description = "Sender address (default: --smtp-user when it is an address, else outreachlint@localhost)" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Security.AcceptOnlyFromAmong("starttls", "ssl", "none");
        foreach (var option in new Option[] { EmailReport, Host, Port, Security, User, From })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The settings, or null when no report is to be mailed; checked before any mail is read.</summary>
    /// <exception cref="UsageException">An address is malformed or the host is missing.</exception>
    public SmtpSettings? ToSettings(ParseResult parse)
    {
        if (parse.GetValue(EmailReport) is not { } to)
        {
            return null;
        }

        var host = parse.GetValue(Host) ?? throw new UsageException("--email-report needs --smtp-host");
        var security = parse.GetValue(Security) switch
        {
            "ssl" => SecureSocketOptions.SslOnConnect,
            "none" => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        var user = parse.GetValue(User);
        var from = parse.GetValue(From) ?? (user is not null && user.Contains('@') ? user : "outreachlint@localhost");
        return new SmtpSettings
        {
            Host = host,
            Port = parse.GetValue(Port) ?? (security == SecureSocketOptions.SslOnConnect ? 465 : 587),
            Security = security,
            User = user,
            Password = Environment.GetEnvironmentVariable(SmtpSettings.PasswordVariable) is { Length: > 0 } p ? p : null,
            From = Address(from, "--smtp-from"),
            To = Address(to, "--email-report"),
        };
    }

    private static string Address(string value, string option) =>
        MailboxAddress.TryParse(value, out var address) && address.Address.Contains('@')
            ? value
            : throw new UsageException($"{option}: \"{value}\" is not an email address");
}
