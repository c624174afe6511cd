using System.Text;
using MimeKit;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Mail.Tests.Extraction;

// Parts without a transfer encoding are read straight from MimeKit's content stream rather than through GetText; these
// pin that the shortcut decodes the declared charset and line endings exactly as the encoded paths do.
public sealed class UnencodedBodyTests
{
    private const string Body = "Hallo Jürgen,\r\n\r\nviele Grüße aus Köln: the pilot starts on 3 March.\r\n";

    [Theory]
    [InlineData("7bit", "utf-8")]
    [InlineData("8bit", "utf-8")]
    [InlineData("8bit", "iso-8859-1")]
    [InlineData("binary", "windows-1252")]
    [InlineData("quoted-printable", "utf-8")]
    [InlineData("base64", "iso-8859-1")]
    public void Extract_ReadsEveryTransferEncodingToTheSameText(string transferEncoding, string charset)
    {
        var document = new AuthorTextExtractor().Extract(new MailItem("m.eml", Parse(transferEncoding, charset), null, null));

        Assert.Equal("Hallo Jürgen,\n\nviele Grüße aus Köln: the pilot starts on 3 March.", document.AuthorText);
    }

    private static MimeMessage Parse(string transferEncoding, string charset)
    {
        var encoding = Encoding.GetEncoding(charset);
        var payload = transferEncoding switch
        {
            "quoted-printable" => encoding.GetBytes(Body.Replace("ü", "=C3=BC").Replace("ö", "=C3=B6").Replace("ß", "=C3=9F")),
            "base64" => Encoding.ASCII.GetBytes(Convert.ToBase64String(encoding.GetBytes(Body), Base64FormattingOptions.InsertLineBreaks) + "\r\n"),
            _ => encoding.GetBytes(Body),
        };
        var head = Encoding.ASCII.GetBytes(
            "From: Ana <ana@example.com>\r\nTo: Jürgen <j@example.de>\r\nSubject: Pilot\r\nMIME-Version: 1.0\r\n" +
            $"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {transferEncoding}\r\n\r\n");
        using var stream = new MemoryStream([.. head, .. payload]);
        return MimeMessage.Load(stream);
    }
}
