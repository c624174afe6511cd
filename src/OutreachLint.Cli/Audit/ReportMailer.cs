using MailKit.Net.Smtp;
using MimeKit;

namespace OutreachLint.Cli.Audit;

/// <summary>Sends the HTML report through SMTP with MailKit: the report as the HTML body and as an attachment, a text summary beside it.</summary>
internal static class ReportMailer
{
    /// <summary>Sends the report; failures become one-line <see cref="ReportMailException"/>s.</summary>
    /// <exception cref="ReportMailException">The server could not be reached, refused the login or the message.</exception>
    public static async Task SendAsync(SmtpSettings settings, string subject, string html, string summary, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(settings.To));
        message.Subject = subject;
        var body = new BodyBuilder { TextBody = summary, HtmlBody = html };
        body.Attachments.Add("outreach-audit.html", System.Text.Encoding.UTF8.GetBytes(html), new ContentType("text", "html") { Charset = "utf-8" });
        message.Body = body.ToMessageBody();
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, ct).ConfigureAwait(false);
            if (settings.User is not null)
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct).ConfigureAwait(false);
            }

            await client.SendAsync(message, ct).ConfigureAwait(false);
            await client.DisconnectAsync(true, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.Security.AuthenticationException
                                   or SmtpCommandException or SmtpProtocolException or MailKit.Security.SslHandshakeException or NotSupportedException)
        {
            throw new ReportMailException($"--email-report: could not send through {settings.Host}:{settings.Port} ({e.Message.Split('\n')[0]})", e);
        }
    }
}
