using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests;

public sealed class ImapUrlTests
{
    [Theory]
    [InlineData("imaps://rep@outlook.office365.com/Sent", true, "rep", "outlook.office365.com", 993, "Sent")]
    [InlineData("imap://rep@mail.example:1143/INBOX", false, "rep", "mail.example", 1143, "INBOX")]
    [InlineData("imaps://rep%40corp.example@imap.gmail.com/%5BGmail%5D/Sent%20Mail", true, "rep@corp.example", "imap.gmail.com", 993, "[Gmail]/Sent Mail")]
    [InlineData("imaps://rep@corp.example@imap.gmail.com/Sent Items", true, "rep@corp.example", "imap.gmail.com", 993, "Sent Items")]
    [InlineData("imaps://rep@[::1]:10993", true, "rep", "::1", 10993, "INBOX")]
    public void Parse_WhenUrlIsValid_ReturnsParts(string input, bool tls, string user, string host, int port, string folder)
    {
        var url = ImapUrl.Parse(input);

        Assert.Equal(new ImapUrl(tls, user, host, port, folder), url);
    }

    [Fact]
    public void Parse_WhenUrlContainsPassword_ThrowsWithoutEchoingIt()
    {
        var ex = Assert.Throws<FormatException>(() => ImapUrl.Parse("imaps://rep:hunter2@host/Sent"));

        Assert.DoesNotContain("hunter2", ex.Message);
    }

    [Theory]
    [InlineData("imaps://host/Sent")]
    [InlineData("imaps://rep@host:99999/Sent")]
    [InlineData("imaps://rep@/Sent")]
    public void Parse_WhenUrlIsMalformed_ThrowsFormatException(string input) =>
        Assert.Throws<FormatException>(() => ImapUrl.Parse(input));

    [Fact]
    public void FolderDisplayUrl_WhenPortIsDefault_OmitsIt() =>
        Assert.Equal("imaps://rep@host/Sent", ImapUrl.Parse("imaps://rep@host:993/Sent").ToString());
}
