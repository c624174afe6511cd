using MailKit.Security;

namespace OutreachLint.Cli.Audit;

/// <summary>Where and how <c>--email-report</c> sends the report; the password only ever comes from the environment.</summary>
internal sealed class SmtpSettings
{
    public const string PasswordVariable = "OUTREACHLINT_SMTP_PASSWORD";

    public required string Host { get; init; }

    public int Port { get; init; } = 587;

    /// <summary>StartTls (required) by default, SslOnConnect on 465, None only when the user says so.</summary>
    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.StartTls;

    public string? User { get; init; }

    public string? Password { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }
}
