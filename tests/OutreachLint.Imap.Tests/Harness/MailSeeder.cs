using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace OutreachLint.Imap.Tests.Harness;

/// <summary>Loads mail into a Dovecot user with IMAP CREATE and APPEND, as a real client would.</summary>
public static class MailSeeder
{
    public static async Task<ImapClient> ConnectAsync(DovecotServer server, string user)
    {
        // Test-side helper: the harness trusts its own throw-away server; the code under test never does this.
        var client = new ImapClient { ServerCertificateValidationCallback = (_, _, _, _) => true };
        await client.ConnectAsync("127.0.0.1", server.ImapsPort, SecureSocketOptions.SslOnConnect);
        await client.AuthenticateAsync(user, server.Password(user));
        return client;
    }

    public static async Task AppendAsync(DovecotServer server, string user, string folder,
        IEnumerable<(MimeMessage Message, MessageFlags Flags)> messages)
    {
        using var client = await ConnectAsync(server, user);
        var target = folder == "INBOX" ? client.Inbox : await GetOrCreateAsync(client, folder);
        foreach (var (message, flags) in messages)
        {
            await target.AppendAsync(new AppendRequest(message, flags));
        }

        await client.DisconnectAsync(true);
    }

    private static async Task<IMailFolder> GetOrCreateAsync(ImapClient client, string name)
    {
        try
        {
            return await client.GetFolderAsync(name);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0])!;
            var created = (await root.CreateAsync(name, isMessageFolder: true))!;
            await created.SubscribeAsync();
            return created;
        }
    }
}
