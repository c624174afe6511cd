using System.Diagnostics;
using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests;

[Collection(DovecotCollection.Name)]
public sealed class ImapMessageSourceTests(DovecotFixture dovecot)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_WhenCaFileTrustsServer_YieldsEveryMessageInUidOrder(bool implicitTls)
    {
        var url = dovecot.Url("INBOX", implicitTls: implicitTls);

        var items = await new ImapMessageSource(url, dovecot.PasswordOptions()).ReadAllAsync();

        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(dovecot.InboxCount, items.Count);
        Assert.Equal(
            Enumerable.Range(1, 12).Select(i => $"Inbox {i:00}").Append(DovecotFixture.LargeSubject),
            items.Select(i => i.Message!.Subject));
        var uids = items.Select(i => i.Folder!.Uid).ToList();
        Assert.Equal(uids.Order(), uids);
        var scheme = implicitTls ? "imaps" : "imap";
        var port = implicitTls ? dovecot.Server.ImapsPort : dovecot.Server.ImapPort;
        Assert.Equal($"{scheme}://testuser@127.0.0.1:{port}/INBOX;UID={uids[0]}", items[0].Source);
        Assert.Equal($"{scheme}://testuser@127.0.0.1:{port}/INBOX", items[0].Folder!.FolderUrl);
    }

    [Fact]
    public async Task ReadAsync_WhenMessageIsLarge_FetchesTextPartsWithoutAttachmentBody()
    {
        var options = new ImapSourceOptions { Password = "testpass", CaFile = dovecot.Server.CaFile };

        var items = await new ImapMessageSource(dovecot.Url("INBOX"), options).ReadAllAsync();

        var large = items.Single(i => i.Message?.Subject == DovecotFixture.LargeSubject).Message!;
        Assert.Equal("Deck attached, see page 4.\n", large.TextBody!.ReplaceLineEndings("\n"));
        var attachment = Assert.Single(large.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("deck.pdf", attachment.FileName);
        Assert.Equal(0, attachment.Content!.Stream!.Length);
        Assert.Equal("rep@example.com", large.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task ReadAsync_WhenServerCertificateIsNotTrusted_YieldsCertificateErrorMentioningCaFile()
    {
        var options = new ImapSourceOptions { Password = "testpass" };

        var items = await new ImapMessageSource(dovecot.Url("INBOX"), options).ReadAllAsync();

        var error = Assert.Single(items).Error;
        Assert.NotNull(error);
        Assert.StartsWith($"imaps://testuser@127.0.0.1:{dovecot.Server.ImapsPort}/INBOX: ", error);
        Assert.Contains("certificate", error);
        Assert.Contains("not trusted", error);
        Assert.Contains("--ca-file", error);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public async Task ReadAsync_WhenStartTlsCertificateIsNotTrusted_YieldsCertificateError()
    {
        var options = new ImapSourceOptions { Password = "testpass" };

        var items = await new ImapMessageSource(dovecot.Url("INBOX", implicitTls: false), options).ReadAllAsync();

        Assert.Contains("--ca-file", Assert.Single(items).Error);
    }

    [Fact]
    public async Task ReadAsync_WhenInsecure_AcceptsUntrustedCertificate()
    {
        var options = new ImapSourceOptions { Password = "testpass", Insecure = true };

        var items = await new ImapMessageSource(dovecot.Url("Sent"), options).ReadAllAsync();

        Assert.Equal(3, items.Count(i => i.Message is not null));
    }

    [Fact]
    public async Task ReadAsync_WhenPasswordIsWrong_YieldsAuthenticationErrorQuicklyWithoutSecret()
    {
        const string wrong = "Wr0ng-Secret-Passw0rd";
        var options = new ImapSourceOptions { Password = wrong, CaFile = dovecot.Server.CaFile };
        var clock = Stopwatch.StartNew();

        var items = await new ImapMessageSource(dovecot.Url("INBOX"), options).ReadAllAsync();

        var error = Assert.Single(items).Error;
        Assert.Equal(
            $"imaps://testuser@127.0.0.1:{dovecot.Server.ImapsPort}/INBOX: authentication failed for testuser@127.0.0.1", error);
        Assert.DoesNotContain(wrong, error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ReadAsync_WhenFolderDoesNotExist_YieldsOneErrorNamingTheFolder()
    {
        var items = await new ImapMessageSource(dovecot.Url("Archive/2019"), dovecot.PasswordOptions()).ReadAllAsync();

        Assert.Contains("no folder named 'Archive/2019'", Assert.Single(items).Error);
    }

    [Fact]
    public async Task ReadAsync_WhenSinceAndBeforeAreSet_SearchesOnTheServer()
    {
        var options = new ImapSourceOptions
        {
            Password = "testpass",
            CaFile = dovecot.Server.CaFile,
            Since = new DateOnly(2026, 2, 1),
            Before = new DateOnly(2026, 3, 1),
        };

        var items = await new ImapMessageSource(dovecot.Url("INBOX"), options).ReadAllAsync();

        Assert.Equal(["Inbox 05", "Inbox 06", "Inbox 07", "Inbox 08"], items.Select(i => i.Message!.Subject));
    }

    [Fact]
    public async Task ReadAsync_WhenResumingAfterUid_YieldsOnlyLaterMessages()
    {
        var all = await new ImapMessageSource(dovecot.Url("INBOX"), dovecot.PasswordOptions()).ReadAllAsync();
        var options = new ImapSourceOptions
        {
            Password = "testpass",
            CaFile = dovecot.Server.CaFile,
            ResumeAfter = [all[9].Folder!],
        };

        var rest = await new ImapMessageSource(dovecot.Url("INBOX"), options).ReadAllAsync();

        Assert.Equal(all.Skip(10).Select(i => i.Source), rest.Select(i => i.Source));
    }

    [Fact]
    public async Task ReadAsync_WhenResumingAfterLastUid_YieldsNothing()
    {
        var all = await new ImapMessageSource(dovecot.Url("Sent"), dovecot.PasswordOptions()).ReadAllAsync();
        var options = new ImapSourceOptions { Password = "testpass", CaFile = dovecot.Server.CaFile, ResumeAfter = [all[^1].Folder!] };

        var rest = await new ImapMessageSource(dovecot.Url("Sent"), options).ReadAllAsync();

        Assert.Empty(rest);
    }
}
