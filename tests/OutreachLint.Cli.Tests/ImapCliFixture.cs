using MailKit;
using OutreachLint.Imap.Tests.Harness;

namespace OutreachLint.Cli.Tests;

/// <summary>
/// A throw-away Dovecot (the IMAP test harness, CA-signed certificate) with one rep whose Drafts folder holds a pitch
/// and an ordinary draft.
/// </summary>
public sealed class ImapCliFixture : IAsyncLifetime
{
    public const string User = "rep";
    public const string Password = "Tr0ub4dor-and-3";
    public const string PitchSubject = "Partnership opportunity";

    public DovecotServer Server { get; private set; } = null!;

    public string Url(string folder) => $"imaps://{User}@127.0.0.1:{Server.ImapsPort}/{folder}";

    public async Task InitializeAsync()
    {
        Server = new DovecotServer(new Dictionary<string, string> { [User] = Password }, privateCa: true);
        var pitch = File.ReadAllText(TestPaths.Data("pitch-draft.txt"));
        var clean = File.ReadAllText(TestPaths.Data("clean-draft.txt"));
        await MailSeeder.AppendAsync(Server, User, "Drafts",
        [
            (TestMail.Text(PitchSubject, new DateTimeOffset(2026, 11, 3, 9, 14, 0, TimeSpan.Zero), pitch), MessageFlags.Draft),
            (TestMail.Text("Order form", new DateTimeOffset(2026, 11, 3, 10, 0, 0, TimeSpan.Zero), clean), MessageFlags.Draft),
        ]);
    }

    public Task DisposeAsync()
    {
        Server?.Dispose();
        return Task.CompletedTask;
    }
}
