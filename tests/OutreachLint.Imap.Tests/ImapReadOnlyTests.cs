using MailKit;
using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests;

[Collection(DovecotCollection.Name)]
public sealed class ImapReadOnlyTests(DovecotFixture dovecot)
{
    [Fact]
    public async Task ReadAsync_AfterAFullRun_LeavesFlagsUidsAndModSeqUnchanged()
    {
        var before = await SnapshotAsync();
        Assert.Contains(before.Messages, m => !m.Flags.HasFlag(MessageFlags.Seen)); // the check below means something

        var items = await new ImapMessageSource(dovecot.Url("INBOX"), dovecot.PasswordOptions()).ReadAllAsync();

        Assert.Equal(dovecot.InboxCount, items.Count(i => i.Message is not null));
        var after = await SnapshotAsync();
        Assert.Equal(before.HighestModSeq, after.HighestModSeq);
        Assert.Equal(before.Messages, after.Messages);
    }

    private async Task<(ulong HighestModSeq, List<(uint Uid, MessageFlags Flags, ulong? ModSeq)> Messages)> SnapshotAsync()
    {
        using var client = await MailSeeder.ConnectAsync(dovecot.Server, DovecotFixture.User);
        Assert.True(client.Capabilities.HasFlag(MailKit.Net.Imap.ImapCapabilities.CondStore));
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var summaries = await client.Inbox.FetchAsync(0, -1,
            MessageSummaryItems.UniqueId | MessageSummaryItems.Flags | MessageSummaryItems.ModSeq);
        var highest = client.Inbox.HighestModSeq;
        await client.DisconnectAsync(true);
        return (highest, summaries.Select(s => (s.UniqueId.Id, s.Flags!.Value, s.ModSeq)).ToList());
    }
}
