using OutreachLint.Identity.Tests.Harness;
using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Identity.Tests;

/// <summary>
/// The real MSAL device-code flow against a fake Microsoft identity platform, then XOAUTH2 with the token it issued
/// into a real Dovecot whose introspection endpoint accepts exactly that token.
/// </summary>
public sealed class DeviceCodeSignInTests(SignInDovecotFixture dovecot) : IClassFixture<SignInDovecotFixture>
{
    [Fact]
    public async Task ReadAsync_WhenSignedInWithDeviceCode_LogsInWithXOAuth2AndReadsTheFolder()
    {
        using var folder = new TempFolder();
        var identity = new FakeMicrosoftIdentity(SignInDovecotFixture.User, () => dovecot.AccessToken);
        var run = new SignInRun(folder.CacheDirectory, identity);
        var introspectionsBefore = dovecot.Endpoint.Requests;

        var items = await ReadSentAsync(run, interactive: true);

        Assert.Equal(SignInDovecotFixture.SentSubjects, items.Select(i => i.Message?.Subject ?? i.Error));
        Assert.Equal(1, identity.Count("/oauth2/v2.0/devicecode"));
        Assert.True(identity.Count("/token device_code") == 2, string.Join("\n", identity.Requests)); // authorization_pending once, then the tokens
        Assert.Contains(FakeMicrosoftIdentity.VerificationUrl, run.Messages.ToString(), StringComparison.Ordinal);
        Assert.Contains(FakeMicrosoftIdentity.UserCode, run.Messages.ToString(), StringComparison.Ordinal);
        Assert.True(dovecot.Endpoint.Requests > introspectionsBefore, "Dovecot never asked the introspection endpoint about the token");
    }

    [Fact]
    public async Task ReadAsync_OnASecondRunWithTheSameCache_UsesTheCachedTokenWithoutAPrompt()
    {
        using var folder = new TempFolder();
        var identity = new FakeMicrosoftIdentity(SignInDovecotFixture.User, () => dovecot.AccessToken);
        await (await MicrosoftSignIn.CreateAsync(new SignInRun(folder.CacheDirectory, identity).Options)).SignInAsync(CancellationToken.None);
        var requestsAfterSignIn = identity.Requests.Count;
        var second = new SignInRun(folder.CacheDirectory, identity);

        var items = await ReadSentAsync(second, interactive: false);

        Assert.Equal(SignInDovecotFixture.SentSubjects, items.Select(i => i.Message?.Subject ?? i.Error));
        Assert.Equal(requestsAfterSignIn, identity.Requests.Count); // straight from the cache: no HTTP at all
        Assert.Equal("", second.Messages.ToString());
    }

    [Fact]
    public async Task ReadAsync_WhenTheCachedAccessTokenExpired_RefreshesSilentlyWithTheRefreshToken()
    {
        using var folder = new TempFolder();
        // Under MSAL's five-minute margin: the cached access token counts as expired on the next run.
        var identity = new FakeMicrosoftIdentity(SignInDovecotFixture.User, () => dovecot.AccessToken) { AccessTokenLifetimeSeconds = 60 };
        await (await MicrosoftSignIn.CreateAsync(new SignInRun(folder.CacheDirectory, identity).Options)).SignInAsync(CancellationToken.None);
        var second = new SignInRun(folder.CacheDirectory, identity);

        var items = await ReadSentAsync(second, interactive: false);

        Assert.Equal(SignInDovecotFixture.SentSubjects, items.Select(i => i.Message?.Subject ?? i.Error));
        Assert.Equal(1, identity.Count("refresh_token"));
        Assert.Equal(1, identity.Count("/oauth2/v2.0/devicecode"));
        Assert.Equal("", second.Messages.ToString());
    }

    [Fact]
    public async Task SignIn_NeverWritesTheTokenToMessagesMsalLogOrTheServerLog()
    {
        using var folder = new TempFolder();
        var identity = new FakeMicrosoftIdentity(SignInDovecotFixture.User, () => dovecot.AccessToken);
        var run = new SignInRun(folder.CacheDirectory, identity);

        var items = await ReadSentAsync(run, interactive: true);
        var token = await new MicrosoftImapTokenProvider(run.Options, interactive: false).GetTokenAsync(dovecot.SentUrl, CancellationToken.None);

        Assert.All(items, i => Assert.Null(i.Error));
        Assert.NotEmpty(run.LogText); // MSAL did log, so the check below means something
        Assert.Equal(dovecot.AccessToken, token.Token);
        Assert.DoesNotContain(dovecot.AccessToken, run.LogText, StringComparison.Ordinal);
        Assert.DoesNotContain(dovecot.AccessToken, run.Messages.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(dovecot.AccessToken, token.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(dovecot.AccessToken, dovecot.Log(), StringComparison.Ordinal);
    }

    private Task<List<MailItem>> ReadSentAsync(SignInRun run, bool interactive)
    {
        var options = new ImapSourceOptions
        {
            TokenProvider = new MicrosoftImapTokenProvider(run.Options, interactive),
            CaFile = dovecot.Server.CaFile,
        };
        return new ImapMessageSource(dovecot.SentUrl, options).ReadAllAsync();
    }
}
