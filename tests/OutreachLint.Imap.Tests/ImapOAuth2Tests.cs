using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests;

/// <summary>XOAUTH2 end to end: Dovecot's oauth2 passdb asks the test's introspection endpoint about the token.</summary>
[Collection(DovecotCollection.Name)]
public sealed class ImapOAuth2Tests(DovecotFixture dovecot)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_WhenAccessTokenIsValid_LogsInWithXOAuth2(bool implicitTls)
    {
        var requestsBefore = dovecot.Endpoint.Requests;
        var options = new ImapSourceOptions { AccessToken = DovecotFixture.GoodToken, CaFile = dovecot.Server.CaFile };

        var items = await new ImapMessageSource(dovecot.Url("Sent", implicitTls: implicitTls), options).ReadAllAsync();

        Assert.Equal(["Sent 1", "Sent 2", "Sent 3"], items.Select(i => i.Message?.Subject ?? i.Error));
        Assert.True(dovecot.Endpoint.Requests > requestsBefore, "the token was not checked by the introspection endpoint");
    }

    [Fact]
    public async Task ReadAsync_WhenAccessTokenIsRejected_YieldsAuthenticationErrorWithoutToken()
    {
        const string token = "ya29.revoked-token-987";
        var options = new ImapSourceOptions { AccessToken = token, CaFile = dovecot.Server.CaFile };

        var items = await new ImapMessageSource(dovecot.Url("Sent"), options).ReadAllAsync();

        var error = Assert.Single(items).Error;
        Assert.EndsWith("authentication failed for testuser@127.0.0.1", error);
        Assert.DoesNotContain(token, error);
    }
}
