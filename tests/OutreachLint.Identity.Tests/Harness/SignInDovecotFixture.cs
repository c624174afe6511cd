using System.Security.Cryptography;
using MailKit;
using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Identity.Tests.Harness;

/// <summary>
/// A Dovecot configured for OAuth2 whose introspection endpoint accepts exactly one token, the one the fake identity
/// platform issues, for <see cref="User"/>; the user's Sent folder holds three messages.
/// </summary>
public sealed class SignInDovecotFixture : IAsyncLifetime
{
    public const string User = "testuser";

    /// <summary>A fresh random token per fixture: no other credential can log in over XOAUTH2.</summary>
    public string AccessToken { get; } = "eyJ0eXAiOiJKV1QifQ.fake-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    public TokenIntrospectionEndpoint Endpoint { get; private set; } = null!;

    public DovecotServer Server { get; private set; } = null!;

    public static string[] SentSubjects => ["Sent 1", "Sent 2", "Sent 3"];

    public async Task InitializeAsync()
    {
        Endpoint = new TokenIntrospectionEndpoint(AccessToken, User);
        Server = new DovecotServer(new Dictionary<string, string> { [User] = "unused-password-7" }, privateCa: true, introspectionUrl: Endpoint.Url);
        await MailSeeder.AppendAsync(Server, User, "Sent", SentSubjects.Select((subject, i) =>
            (TestMail.Text(subject, new DateTimeOffset(2026, 2, i + 1, 10, 0, 0, TimeSpan.Zero)), MessageFlags.Seen)));
    }

    public Task DisposeAsync()
    {
        Server?.Dispose();
        Endpoint?.Dispose();
        return Task.CompletedTask;
    }

    public ImapUrl SentUrl => new(true, User, "127.0.0.1", Server.ImapsPort, "Sent");

    /// <summary>The Dovecot log, to prove the token was never written there.</summary>
    public string Log() => File.ReadAllText(Path.Join(Server.Root, "log", "dovecot.log"));
}
