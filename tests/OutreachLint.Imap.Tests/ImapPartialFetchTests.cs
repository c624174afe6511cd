using System.Globalization;
using System.Text.RegularExpressions;
using MailKit;
using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests;

/// <summary>
/// Mail with attachments below the large-message size is still read without its attachments: the bytes the server
/// sends (Dovecot's logout line, <c>out=</c>) stay far below the message size.
/// </summary>
[Collection(DovecotCollection.Name)]
public sealed partial class ImapPartialFetchTests(DovecotFixture dovecot)
{
    private const int AttachmentBytes = 400 * 1024; // base64 on the wire: ~540 KB, under the 1 MB large-message size

    [Fact]
    public async Task ReadAsync_WhenMessagesCarryMidSizeAttachments_FetchesOnlyHeadersAndTextParts()
    {
        var folder = "Proposals-" + Guid.NewGuid().ToString("N")[..6];
        var date = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        await MailSeeder.AppendAsync(dovecot.Server, DovecotFixture.User, folder,
            Enumerable.Range(1, 3).Select(i => (TestMail.WithAttachment($"Proposal {i}", date, AttachmentBytes), MessageFlags.Seen)));
        var logoutsBefore = SentBytesAtLogout().Count;

        var items = await new ImapMessageSource(dovecot.Url(folder), dovecot.PasswordOptions()).ReadAllAsync();

        Assert.Equal(["Proposal 1", "Proposal 2", "Proposal 3"], items.Select(i => i.Message?.Subject ?? i.Error));
        Assert.All(items, i => Assert.Equal("Deck attached, see page 4.\n", i.Message!.TextBody!.ReplaceLineEndings("\n")));
        var sent = await NextLogoutAsync(logoutsBefore);
        Assert.True(sent is > 0 and < AttachmentBytes / 4, $"the server sent {sent} bytes for three messages with {AttachmentBytes}-byte attachments");
    }

    private async Task<long> NextLogoutAsync(int before)
    {
        // Dovecot writes the logout line just after the client disconnects; the seeding session's line (which sent the
        // attachments in, so its in= is large) may land after "before" was counted, so it is skipped by its size.
        for (var i = 0; i < 50; i++)
        {
            var reader = SentBytesAtLogout().Skip(before).FirstOrDefault(l => l.In < AttachmentBytes);
            if (reader.In > 0)
            {
                return reader.Out;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no logout line in the Dovecot log:\n{dovecot.Server.LogTail()}");
    }

    private List<(long In, long Out)> SentBytesAtLogout()
    {
        var log = Path.Join(dovecot.Server.Root, "log", "dovecot.log");
        return File.ReadLines(log).Select(l => LogoutLine().Match(l)).Where(m => m.Success)
            .Select(m => (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();
    }

    [GeneratedRegex(@"imap\(testuser\).*Logged out in=(\d+) out=(\d+)")]
    private static partial Regex LogoutLine();
}
