using MimeKit;

namespace OutreachLint.Imap.Tests.Harness;

/// <summary>Builds the small test messages the tests seed and read back.</summary>
public static class TestMail
{
    public static MimeMessage Text(string subject, DateTimeOffset date, string body = "Hi Dana,\n\nThe Q3 numbers are attached.\n")
    {
        var message = new MimeMessage { Subject = subject, Date = date, MessageId = $"{Guid.NewGuid():N}@test.example" };
        message.From.Add(new MailboxAddress("Rep", "rep@example.com"));
        message.To.Add(new MailboxAddress("Dana", "dana@customer.example"));
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    /// <summary>A multipart message with a text body and a large binary attachment.</summary>
    public static MimeMessage WithAttachment(string subject, DateTimeOffset date, int attachmentBytes)
    {
        var message = Text(subject, date);
        var data = new byte[attachmentBytes];
        new Random(42).NextBytes(data);
        var attachment = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(data)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = "deck.pdf" },
            ContentTransferEncoding = ContentEncoding.Base64,
        };
        message.Body = new Multipart("mixed") { new TextPart("plain") { Text = "Deck attached, see page 4.\n" }, attachment };
        return message;
    }

    public static string BodyText(MimeMessage message) => message.TextBody ?? "";
}
