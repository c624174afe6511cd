using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests;

public sealed class DirectorySourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("oli-dir-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Create_WhenDirectoryHasEmlAndMaildir_WalksRecursivelyInSortedOrder()
    {
        Write("b.eml", "Subject: B\nFrom: r@x.example\n\nb\n");
        Write("a.eml", "Subject: A\nFrom: r@x.example\n\na\n");
        Write("notes.txt", "ignored: not .eml and not in a Maildir\n");
        Write("nested/deep/c.EML", "Subject: C\nFrom: r@x.example\n\nc\n");
        Write("Maildir/cur/1700000001.M1P1.host:2,S", "Subject: M1\nFrom: r@x.example\n\nm1\n");
        Write("Maildir/new/1700000002.M2P1.host", "Subject: M2\nFrom: r@x.example\n\nm2\n");
        Write("Maildir/tmp/1700000003.M3P1.host", "Subject: half written\n\n");
        Write("Maildir/dovecot-uidlist", "3 V1 N4\n");

        var items = await new MessageSourceFactory().Create(_dir).ReadAllAsync();

        Assert.Equal(["M1", "M2", "A", "B", "C"], items.Select(i => i.Message!.Subject));
        Assert.Equal(Path.Join(_dir, "a.eml"), items[2].Source);
    }

    [Fact]
    public async Task Create_WhenOneFileIsUnreadable_YieldsErrorAndContinues()
    {
        Write("a.eml", "Subject: A\nFrom: r@x.example\n\na\n");
        Write("b.eml", "\0\0binary");
        Write("c.eml", "Subject: C\nFrom: r@x.example\n\nc\n");

        var items = await new MessageSourceFactory().Create(_dir).ReadAllAsync();

        Assert.Equal(3, items.Count);
        Assert.Equal("A", items[0].Message!.Subject);
        Assert.StartsWith(Path.Join(_dir, "b.eml") + ": ", items[1].Error);
        Assert.Equal("C", items[2].Message!.Subject);
    }

    [Fact]
    public async Task Create_WhenSeveralInputsIncludeMissingFile_ContinuesWithTheRest()
    {
        Write("a.eml", "Subject: A\nFrom: r@x.example\n\na\n");
        var factory = new MessageSourceFactory();
        var items = new List<MailItem>();

        foreach (var input in new[] { Path.Join(_dir, "missing.eml"), _dir })
        {
            items.AddRange(await factory.Create(input).ReadAllAsync());
        }

        Assert.NotNull(items[0].Error);
        Assert.Equal("A", items[1].Message!.Subject);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Join(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
