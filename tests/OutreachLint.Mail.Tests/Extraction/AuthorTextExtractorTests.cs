using MimeKit;
using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Mail.Tests.Extraction;

public sealed class AuthorTextExtractorTests
{
    private readonly AuthorTextExtractor _extractor = new();

    [Fact]
    public void Extract_WhenItemIsNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _extractor.Extract(null!));
    }

    [Fact]
    public void Extract_WhenItemHasError_ReturnsErrorAndNoText()
    {
        var document = _extractor.Extract(new MailItem("drafts/broken.eml", null, null, "drafts/broken.eml: not a MIME message"));

        Assert.Equal("drafts/broken.eml", document.Source);
        Assert.Equal("drafts/broken.eml: not a MIME message", document.Error);
        Assert.Equal("", document.AuthorText);
        Assert.Empty(document.SetAside);
    }

    [Fact]
    public void Extract_WhenItemIsEmpty_ReturnsError()
    {
        var document = _extractor.Extract(new MailItem("-", null, null, null));

        Assert.NotNull(document.Error);
        Assert.Equal("", document.AuthorText);
    }

    [Fact]
    public void Extract_WhenPlainText_SplitsLikeABody()
    {
        var document = _extractor.Extract(new MailItem("-", null, "Hi Dana,\r\n\r\nThe quote is attached.\r\n\r\nBest,\r\nJane Doe\r\nPartner | Smith & Co LLP\r\n", null));

        Assert.Equal("Hi Dana,\n\nThe quote is attached.\n\nBest,", document.AuthorText);
        var signature = Assert.Single(document.SetAside);
        Assert.Equal(SetAsideKind.Signature, signature.Kind);
        Assert.Equal("Jane Doe\nPartner | Smith & Co LLP", signature.Text);
        Assert.Null(document.Error);
    }

    [Fact]
    public void Extract_WhenMessage_CopiesEnvelope()
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Jane Doe", "Jane.Doe@Acme-Analytics.example"));
        message.To.Add(new MailboxAddress("Dana Lee", "DANA@northwind.example"));
        message.To.Add(new MailboxAddress("", "ops@northwind.example"));
        message.Cc.Add(new MailboxAddress("Sam Roe", "Sam@Acme-Analytics.example"));
        message.Subject = "AW: Angebot";
        message.Date = new DateTimeOffset(2026, 1, 6, 9, 14, 0, TimeSpan.Zero);
        message.MessageId = "q3@acme-analytics.example";
        message.Body = new TextPart("plain") { Text = "Passt.\n" };

        var document = _extractor.Extract(new MailItem("drafts/q3.eml", message, null, null));

        Assert.Equal("AW: Angebot", document.Subject);
        Assert.Equal("Jane Doe <Jane.Doe@Acme-Analytics.example>", document.From);
        Assert.Equal("jane.doe@acme-analytics.example", document.FromAddress);
        Assert.Equal(["dana@northwind.example", "ops@northwind.example", "sam@acme-analytics.example"], document.Recipients);
        Assert.Equal(["Dana Lee", "Sam Roe"], document.RecipientNames);
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 9, 14, 0, TimeSpan.Zero), document.Date);
        Assert.Equal("q3@acme-analytics.example", document.MessageId);
        Assert.True(document.IsReply);
        Assert.Equal("Passt.", document.AuthorText);
    }

    [Theory]
    [InlineData("Re: Pricing", true)]
    [InlineData("RE: Pricing", true)]
    [InlineData("AW: Preise", true)]
    [InlineData("[EXT] Re: Pricing", true)]
    [InlineData("Pricing", false)]
    [InlineData("Fwd: Pricing", false)]
    [InlineData("Regarding pricing", false)]
    public void Extract_SubjectPrefix_DecidesIsReply(string subject, bool isReply)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = "Hello." } };

        Assert.Equal(isReply, _extractor.Extract(new MailItem("x.eml", message, null, null)).IsReply);
    }

    [Fact]
    public void Extract_WhenInReplyToSet_IsReply()
    {
        var message = new MimeMessage { Subject = "Pricing", InReplyTo = "abc@northwind.example", Body = new TextPart("plain") { Text = "Hello." } };

        Assert.True(_extractor.Extract(new MailItem("x.eml", message, null, null)).IsReply);
    }

    [Fact]
    public void Extract_WhenMessageHasNoDate_DateIsNull()
    {
        var message = new MimeMessage { Body = new TextPart("plain") { Text = "Hello." } };
        message.Headers.Remove(HeaderId.Date);

        Assert.Null(_extractor.Extract(new MailItem("x.eml", message, null, null)).Date);
    }

    [Fact]
    public void Extract_NeverReadsAttachments()
    {
        var attachment = new TextPart("plain") { Text = "ATTACHMENT we would love to partner", FileName = "notes.txt" };
        attachment.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment);
        var message = new MimeMessage
        {
            Body = new Multipart("mixed")
            {
                new TextPart("plain") { Text = "The notes are attached." },
                attachment,
                new TextPart("html") { Text = "<p>NAMED html part</p>", FileName = "page.html" },
                new MimePart("application", "octet-stream") { Content = new MimeContent(new MemoryStream("BINARY"u8.ToArray())) },
            },
        };

        var document = _extractor.Extract(new MailItem("x.eml", message, null, null));

        Assert.Equal("The notes are attached.", document.AuthorText);
    }

    [Fact]
    public void Extract_WhenNestingIsDeeperThanTheBound_StopsWithoutReadingIt()
    {
        MimeEntity entity = new TextPart("plain") { Text = "DEEP text" };
        for (var i = 0; i < 200; i++)
        {
            entity = new Multipart("mixed") { entity };
        }

        var message = new MimeMessage { Body = new Multipart("mixed") { new TextPart("plain") { Text = "Top text." }, entity } };

        var document = _extractor.Extract(new MailItem("x.eml", message, null, null));

        Assert.Equal("Top text.", document.AuthorText);
    }

    [Fact]
    public void Extract_WhenPartsExceedTheBound_ReadsOnlyTheFirstOnes()
    {
        var mixed = new Multipart("mixed");
        for (var i = 0; i < 2000; i++)
        {
            mixed.Add(new TextPart("plain") { Text = $"Part {i}." });
        }

        var document = _extractor.Extract(new MailItem("x.eml", new MimeMessage { Body = mixed }, null, null));

        Assert.StartsWith("Part 0.", document.AuthorText, StringComparison.Ordinal);
        Assert.DoesNotContain("Part 1999.", document.AuthorText, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WhenCharsetIsUnknown_FallsBackWithoutThrowing()
    {
        var part = new TextPart("plain");
        part.SetText("utf-8", "Caf\u00e9 at 10?");
        part.ContentType.Charset = "x-no-such-charset";

        var document = _extractor.Extract(new MailItem("x.eml", new MimeMessage { Body = part }, null, null));

        Assert.Null(document.Error);
        Assert.StartsWith("Caf", document.AuthorText, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WhenHtmlIsDeeplyNested_RendersWithoutStackOverflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Deep words." + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var message = new MimeMessage { Body = new TextPart("html") { Text = "<p>Top.</p>" + html } };

        var document = _extractor.Extract(new MailItem("x.eml", message, null, null));

        Assert.StartsWith("Top.", document.AuthorText, StringComparison.Ordinal);
        Assert.Contains("Deep words.", document.AuthorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_WhenFormattingTagsNeverClose_FinishesQuickly()
    {
        var html = "<p>Hello.</p>" + string.Concat(Enumerable.Repeat("<b><i><font>x", 30_000));
        var message = new MimeMessage { Body = new TextPart("html") { Text = html } };

        var document = await Task.Run(() => _extractor.Extract(new MailItem("x.eml", message, null, null)))
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("Hello.", document.AuthorText, StringComparison.Ordinal);
    }
}
