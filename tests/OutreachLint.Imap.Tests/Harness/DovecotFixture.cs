using MailKit;
using MimeKit;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests.Harness;

/// <summary>
/// One Dovecot (CA-signed certificate, password and OAuth2 logins) shared by the IMAP tests, seeded once:
/// <c>testuser</c> with INBOX, Drafts and Sent; <c>hans</c> whose folders have German names and SPECIAL-USE flags.
/// Fails loudly when Dovecot cannot be installed.
/// </summary>
public sealed class DovecotFixture : IAsyncLifetime
{
    public const string User = "testuser";
    public const string GermanUser = "hans";
    public const string GoodToken = "ya29.test-token-0123456789";
    public const string LargeSubject = "Inbox large";

    /// <summary>INBOX dates: four messages in each of January, February and March 2026, then one large message.</summary>
    public static readonly DateTimeOffset[] InboxDates = Enumerable.Range(0, 12)
        .Select(i => new DateTimeOffset(2026, 1 + i / 4, 5 + (i % 4) * 5, 9, 0, 0, TimeSpan.Zero))
        .ToArray();

    public TokenIntrospectionEndpoint Endpoint { get; private set; } = null!;

    public DovecotServer Server { get; private set; } = null!;

    public int InboxCount => InboxDates.Length + 1;

    public async Task InitializeAsync()
    {
        Endpoint = new TokenIntrospectionEndpoint(GoodToken, User);
        Server = new DovecotServer(
            new Dictionary<string, string> { [User] = "testpass", [GermanUser] = "hanspass" },
            privateCa: true, introspectionUrl: Endpoint.Url);
        var inbox = InboxDates
            .Select((date, i) => (TestMail.Text($"Inbox {i + 1:00}", date), i % 2 == 0 ? MessageFlags.Seen : MessageFlags.None))
            .Append((TestMail.WithAttachment(LargeSubject, new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero), 3 * 1024 * 1024),
                MessageFlags.Flagged));
        await MailSeeder.AppendAsync(Server, User, "INBOX", inbox);
        await MailSeeder.AppendAsync(Server, User, "Sent", Several("Sent", 3));
        await MailSeeder.AppendAsync(Server, User, "Drafts", Several("Draft", 2));
        await MailSeeder.AppendAsync(Server, GermanUser, "Entwürfe", Several("Entwurf", 2));
        await MailSeeder.AppendAsync(Server, GermanUser, "Gesendete Elemente", Several("Gesendet", 4));
    }

    public Task DisposeAsync()
    {
        Server?.Dispose();
        Endpoint?.Dispose();
        return Task.CompletedTask;
    }

    public ImapUrl Url(string folder, string user = User, bool implicitTls = true) =>
        new(implicitTls, user, "127.0.0.1", implicitTls ? Server.ImapsPort : Server.ImapPort, folder);

    public ImapSourceOptions PasswordOptions(string user = User) => new() { Password = Server.Password(user), CaFile = Server.CaFile };

    private static IEnumerable<(MimeMessage, MessageFlags)> Several(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i =>
            (TestMail.Text($"{prefix} {i}", new DateTimeOffset(2026, 2, i, 10, 0, 0, TimeSpan.Zero)), MessageFlags.Seen));
}
