using MailKit;
using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests;

/// <summary>A server that dies mid-run: each test owns a Dovecot (self-signed, pinned through CaFile) and kills it.</summary>
[Collection(DovecotCollection.Name)]
public sealed class ImapReconnectTests
{
    private const int MessageCount = 30;

    [Fact]
    public async Task ReadAsync_WhenServerDiesAndComesBack_YieldsEveryMessageExactlyOnce()
    {
        using var server = await StartSeededServerAsync();
        var source = new ImapMessageSource(Url(server), Options(server, ImapRetryPolicy.Default));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var items = new List<MailItem>();
        Task? restart = null;

        await foreach (var item in source.ReadAsync(timeout.Token))
        {
            items.Add(item);
            if (items.Count == 7)
            {
                server.KillAll();
                // Come back while the source is already retrying, so at least one reconnect is refused.
                restart = Task.Run(async () =>
                {
                    await Task.Delay(700);
                    server.Start();
                });
            }
        }

        await restart!;
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(Enumerable.Range(1, MessageCount).Select(i => $"Message {i:00}"), items.Select(i => i.Message!.Subject));
        Assert.Equal(MessageCount, items.Select(i => i.Folder!.Uid).Distinct().Count());
    }

    [Fact]
    public async Task ReadAsync_WhenServerStaysDown_YieldsOneErrorNamingAccountAndServer()
    {
        using var server = await StartSeededServerAsync();
        var retry = new ImapRetryPolicy([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)]);
        var source = new ImapMessageSource(Url(server), Options(server, retry));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var items = new List<MailItem>();

        await foreach (var item in source.ReadAsync(timeout.Token))
        {
            items.Add(item);
            if (items.Count == 7)
            {
                server.KillAll();
            }
        }

        var error = items[^1].Error;
        Assert.NotNull(error);
        Assert.Contains("testuser@127.0.0.1", error);
        Assert.Contains($"127.0.0.1:{server.ImapsPort}", error);
        Assert.Contains("2 reconnect attempts failed", error);
        var messages = items.Where(i => i.Message is not null).ToList();
        Assert.True(messages.Count >= 7);
        Assert.Equal(Enumerable.Range(1, messages.Count).Select(i => $"Message {i:00}"), messages.Select(i => i.Message!.Subject));
    }

    [Fact]
    public async Task ReadAsync_WhenServerIsDownFromTheStart_YieldsConnectionErrorAfterRetries()
    {
        using var server = await StartSeededServerAsync();
        server.KillAll();
        var retry = new ImapRetryPolicy([TimeSpan.FromMilliseconds(50)]);

        var items = await new ImapMessageSource(Url(server), Options(server, retry)).ReadAllAsync(TimeSpan.FromSeconds(30));

        Assert.Contains($"127.0.0.1:{server.ImapsPort}", Assert.Single(items).Error);
    }

    private static async Task<DovecotServer> StartSeededServerAsync()
    {
        var server = new DovecotServer(new Dictionary<string, string> { [DovecotFixture.User] = "testpass" });
        var start = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
        await MailSeeder.AppendAsync(server, DovecotFixture.User, "INBOX",
            Enumerable.Range(1, MessageCount).Select(i => (TestMail.Text($"Message {i:00}", start.AddHours(i)), MessageFlags.None)));
        return server;
    }

    private static ImapUrl Url(DovecotServer server) => new(true, DovecotFixture.User, "127.0.0.1", server.ImapsPort, "INBOX");

    private static ImapSourceOptions Options(DovecotServer server, ImapRetryPolicy retry) => new()
    {
        Password = "testpass",
        CaFile = server.CaFile,
        BatchSize = 5,
        Retry = retry,
        Timeout = TimeSpan.FromSeconds(10),
    };
}
