using System.Diagnostics;
using OutreachLint.Identity.Tests.Harness;
using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Identity.Tests;

/// <summary>What happens when no token can be had: one line for the user, never a prompt nobody sees, never a hang.</summary>
public sealed class SignInFailureTests
{
    private static readonly ImapUrl Office365Sent = new(true, "rep@contoso.example", "outlook.office365.com", 993, "Sent");

    [Fact]
    public async Task GetTokenAsync_WhenNotInteractiveAndNothingIsCached_AsksTheUserToRunLoginInOneLine()
    {
        using var folder = new TempFolder();
        var identity = new FakeMicrosoftIdentity("rep@contoso.example", () => "at");
        var run = new SignInRun(folder.CacheDirectory, identity);

        var error = await Assert.ThrowsAsync<SignInRequiredException>(() =>
            new MicrosoftImapTokenProvider(run.Options, interactive: false).GetTokenAsync(Office365Sent, CancellationToken.None));

        Assert.Equal("not signed in to Microsoft 365 as rep@contoso.example; run 'outreachlint login' in a terminal first", error.Message);
        Assert.Empty(identity.Requests);
        Assert.Equal("", run.Messages.ToString());
    }

    [Fact]
    public async Task ReadAsync_WhenNotSignedIn_YieldsOneErrorItemWithoutConnecting()
    {
        using var folder = new TempFolder();
        var options = new ImapSourceOptions
        {
            TokenProvider = new MicrosoftImapTokenProvider(new SignInRun(folder.CacheDirectory, new FakeMicrosoftIdentity("x", () => "at")).Options, interactive: false),
        };

        var items = await new ImapMessageSource(Office365Sent, options).ReadAllAsync(TimeSpan.FromSeconds(20));

        var error = Assert.Single(items).Error;
        Assert.Equal("imaps://rep@contoso.example@outlook.office365.com/Sent: not signed in to Microsoft 365 as rep@contoso.example; run 'outreachlint login' in a terminal first", error);
    }

    [Fact]
    public async Task SignInAsync_WhenTheIdentityServiceStalls_GivesUpAfterTheTimeoutWithOneLine()
    {
        using var folder = new TempFolder();
        var identity = new FakeMicrosoftIdentity("rep@contoso.example", () => "at") { StallDeviceCode = true };
        var run = new SignInRun(folder.CacheDirectory, identity) { DeviceCodeTimeout = TimeSpan.FromSeconds(2) };
        var signIn = await MicrosoftSignIn.CreateAsync(run.Options);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ImapTokenException>(() => signIn.SignInAsync(CancellationToken.None));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(20));
        Assert.Equal("signing in to Microsoft 365 took longer than 2 seconds; try again later", error.Message);
    }
}
