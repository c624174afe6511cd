using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests;

[Collection(DovecotCollection.Name)]
public sealed class ImapFolderResolutionTests(DovecotFixture dovecot)
{
    [Theory]
    [InlineData("Drafts", "Entwürfe", 2)]
    [InlineData("Sent", "Gesendete Elemente", 4)]
    [InlineData("sent", "Gesendete Elemente", 4)]
    public async Task ReadAsync_WhenNoFolderHasTheExactName_ResolvesThroughSpecialUse(string requested, string actual, int count)
    {
        var url = dovecot.Url(requested, DovecotFixture.GermanUser);

        var items = await new ImapMessageSource(url, dovecot.PasswordOptions(DovecotFixture.GermanUser)).ReadAllAsync();

        Assert.Equal(count, items.Count);
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.All(items, i => Assert.Contains($"/{actual};UID=", i.Source));
        Assert.All(items, i => Assert.EndsWith($"/{actual}", i.Folder!.FolderUrl));
    }

    [Fact]
    public async Task ReadAsync_WhenExactFolderExists_UsesItWithoutSpecialUse()
    {
        var items = await new ImapMessageSource(dovecot.Url("Drafts"), dovecot.PasswordOptions()).ReadAllAsync();

        Assert.Equal(["Draft 1", "Draft 2"], items.Select(i => i.Message!.Subject));
    }

    [Fact]
    public async Task ReadAsync_WhenFolderHasNonAsciiName_OpensItByExactName()
    {
        var url = dovecot.Url("Gesendete Elemente", DovecotFixture.GermanUser);

        var items = await new ImapMessageSource(url, dovecot.PasswordOptions(DovecotFixture.GermanUser)).ReadAllAsync();

        Assert.Equal(4, items.Count(i => i.Message is not null));
    }
}
