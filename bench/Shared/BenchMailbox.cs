using MailKit;
using MailKit.Net.Imap;
using MimeKit;
using OutreachLint.Imap.Tests.Harness;

/// <summary>
/// What the IMAP benchmarks share: filling a loopback Dovecot folder with MULTIAPPEND, and the bare MailKit baseline,
/// a whole-folder <c>GetStreams</c> + <c>MimeMessage.Load</c> of every message.
/// </summary>
internal static class BenchMailbox
{
    /// <summary>Appends <paramref name="total"/> messages made by <paramref name="message"/> in batches of 100; returns the bytes sent.</summary>
    public static async Task<long> SeedAsync(DovecotServer server, string user, string folderName, int total, Func<int, MimeMessage> message)
    {
        long bytes = 0;
        using var client = await MailSeeder.ConnectAsync(server, user);
        IMailFolder folder;
        try
        {
            folder = await client.GetFolderAsync(folderName);
        }
        catch (FolderNotFoundException)
        {
            folder = (await client.GetFolder(client.PersonalNamespaces[0])!.CreateAsync(folderName, isMessageFolder: true))!;
        }

        for (var start = 0; start < total; start += 100)
        {
            var batch = new List<IAppendRequest>(100);
            for (var i = start; i < Math.Min(start + 100, total); i++)
            {
                var m = message(i);
                using var measure = new MimeKit.IO.MeasuringStream();
                m.WriteTo(measure);
                bytes += measure.Length;
                batch.Add(new AppendRequest(m, MessageFlags.Seen));
            }

            await folder.AppendAsync(batch);
        }

        await client.DisconnectAsync(true);
        return bytes;
    }

    /// <summary>The baseline: every message of the folder fetched whole in one streamed command, in UID order.</summary>
    public static async Task FetchWholeAsync(DovecotServer server, string user, string folderName, Action<UniqueId, MimeMessage> onMessage)
    {
        using var client = await MailSeeder.ConnectAsync(server, user);
        var folder = (ImapFolder)await client.GetFolderAsync(folderName);
        await folder.OpenAsync(FolderAccess.ReadOnly);
        var uids = (await folder.FetchAsync(0, -1, MessageSummaryItems.UniqueId)).Select(s => s.UniqueId).ToList();
        folder.GetStreams(uids, (_, _, uid, stream) => onMessage(uid, MimeMessage.Load(stream)));
        await client.DisconnectAsync(true);
    }
}
