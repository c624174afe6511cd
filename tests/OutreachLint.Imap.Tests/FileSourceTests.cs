using System.Text;
using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests;

public sealed class FileSourceTests : IDisposable
{
    private const string Eml = "From: Rep <rep@example.com>\r\nTo: dana@customer.example\r\nSubject: Q3 rollout\r\n" +
        "Date: Fri, 20 Nov 2026 09:14:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
        "We'd like to partner with you on your Q3 rollout.\r\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("oli-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Create_WhenFileIsMimeMessage_YieldsParsedMessage()
    {
        var path = Write("q3.eml", Eml);

        var items = await new MessageSourceFactory().Create(path).ReadAllAsync();

        var item = Assert.Single(items);
        Assert.Equal(path, item.Source);
        Assert.Equal("Q3 rollout", item.Message!.Subject);
        Assert.Contains("partner with you", item.Message.TextBody!);
    }

    [Fact]
    public async Task Create_WhenFileIsMbox_YieldsEachMessageNumberedFromOne()
    {
        var mbox = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"From rep@example.com Fri Nov 20 09:14:00 2026\nFrom: rep@example.com\nSubject: Note {i}\n\nBody {i}\n\n"));
        var path = Write("sent.txt", mbox); // the extension is only a hint: content decides

        var items = await new MessageSourceFactory().Create(path).ReadAllAsync();

        Assert.Equal([$"{path}#1", $"{path}#2", $"{path}#3"], items.Select(i => i.Source));
        Assert.Equal(["Note 1", "Note 2", "Note 3"], items.Select(i => i.Message!.Subject));
    }

    [Theory]
    [InlineData("Hi Dana,\n\nThanks for the call today.\n")]
    [InlineData("Subject: our call\nThanks for the call today, Dana.\n")] // one header-like line, then prose
    [InlineData("Note: bring the Q3 deck\n\nSee you Monday.\n")] // Name: value, but no mail header
    [InlineData("From the desk of Dana Reyes\nThanks for the call.\n")] // "From " without an mbox header block
    public async Task Create_WhenFileIsPlainText_YieldsPlainTextBody(string text)
    {
        var path = Write("draft.eml", text);

        var item = Assert.Single(await new MessageSourceFactory().Create(path).ReadAllAsync());

        Assert.Null(item.Message);
        Assert.Equal(text, item.PlainText);
    }

    [Fact]
    public async Task Create_WhenMessageHasLargeAttachment_KeepsTextAndDropsAttachmentBody()
    {
        var path = Path.Join(_dir, "big.eml");
        await TestMail.WithAttachment("Deck", DateTimeOffset.UtcNow, 8 * 1024 * 1024).WriteToAsync(path);

        var message = Assert.Single(await new MessageSourceFactory().Create(path).ReadAllAsync()).Message!;

        Assert.Equal("Deck attached, see page 4.\n", message.TextBody!.ReplaceLineEndings("\n"));
        Assert.Equal(0, Assert.Single(message.Attachments.OfType<MimeKit.MimePart>()).Content!.Stream!.Length);
    }

    [Fact]
    public async Task Create_WhenFileIsBinaryOrEmpty_YieldsErrorNamingTheInput()
    {
        var binary = Path.Join(_dir, "logo.png");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D]);
        var empty = Write("empty.eml", "");

        var items = (await new MessageSourceFactory().Create(binary).ReadAllAsync())
            .Concat(await new MessageSourceFactory().Create(empty).ReadAllAsync()).ToList();

        Assert.StartsWith($"{binary}: not a mail message", items[0].Error);
        Assert.StartsWith($"{empty}: empty", items[1].Error);
    }

    [Fact]
    public async Task Create_WhenFileIsMissing_YieldsOneLineError()
    {
        var path = Path.Join(_dir, "nope.eml");

        var item = Assert.Single(await new MessageSourceFactory().Create(path).ReadAllAsync());

        Assert.Equal($"{path}: no such file", item.Error);
    }

    [Fact]
    public async Task Create_WhenInputIsStdin_DetectsMimeAndPlainText()
    {
        var mime = new MessageSourceFactory(openStdin: () => new NonSeekableStream(Encoding.UTF8.GetBytes(Eml))).Create("-");
        var text = new MessageSourceFactory(openStdin: () => new NonSeekableStream("Just a body.\n"u8.ToArray())).Create("-");

        var mimeItem = Assert.Single(await mime.ReadAllAsync());
        var textItem = Assert.Single(await text.ReadAllAsync());

        Assert.Equal("-", mimeItem.Source);
        Assert.Equal("Q3 rollout", mimeItem.Message!.Subject);
        Assert.Contains("partner with you", mimeItem.Message.TextBody!);
        Assert.Equal("Just a body.\n", textItem.PlainText);
    }

    [Fact]
    public async Task Create_WhenStdinIsLargerThanSniffWindow_ReadsWholeMessage()
    {
        var body = string.Concat(Enumerable.Repeat("A line of the body that goes on.\r\n", 5000));
        var bytes = Encoding.UTF8.GetBytes(Eml + body);

        var item = Assert.Single(await new StdinMessageSource(() => new NonSeekableStream(bytes)).ReadAllAsync());

        Assert.EndsWith("goes on.\n", item.Message!.TextBody!.ReplaceLineEndings("\n"));
        Assert.True(item.Message.TextBody!.Length > 100_000);
    }

    private string Write(string name, string content)
    {
        var path = Path.Join(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
