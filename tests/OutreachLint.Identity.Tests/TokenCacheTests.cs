using System.Runtime.Versioning;
using OutreachLint.Identity.Tests.Harness;

namespace OutreachLint.Identity.Tests;

/// <summary>
/// The token cache on a Linux machine without a working keyring (no D-Bus session here): the plain-file fallback, kept
/// to its owner. These tests describe this machine; on a desktop with a keyring the storage would be libsecret.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class TokenCacheTests
{
    private const UnixFileMode FileOwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode FolderOwnerOnly = FileOwnerOnly | UnixFileMode.UserExecute;

    [Fact]
    public async Task SignIn_WhenNoKeyringWorks_CachesInAFile0600InsideAFolder0700AndSaysSoOnce()
    {
        using var folder = new TempFolder();
        var run = new SignInRun(folder.CacheDirectory, new FakeMicrosoftIdentity("rep@contoso.example", () => "at-" + Guid.NewGuid()));

        var signIn = await MicrosoftSignIn.CreateAsync(run.Options);
        var user = await signIn.SignInAsync(CancellationToken.None);

        Assert.Equal("rep@contoso.example", user);
        Assert.True(signIn.Storage.IsUnprotectedFile, $"expected the plain-file fallback on this machine, got {signIn.Storage.Protection}");
        Assert.Equal(Path.Join(folder.CacheDirectory, "msal-cache.bin"), signIn.Storage.Path);
        Assert.True(new FileInfo(signIn.Storage.Path).Length > 0, "the sign-in was not written to the cache file");
        Assert.Equal(FileOwnerOnly, File.GetUnixFileMode(signIn.Storage.Path));
        Assert.Equal(FolderOwnerOnly, File.GetUnixFileMode(folder.CacheDirectory));
        var notices = run.Messages.ToString().Split('\n').Where(l => l.Contains("no working OS keyring", StringComparison.Ordinal));
        Assert.Equal($"outreachlint: no working OS keyring here; Microsoft 365 tokens are cached in {signIn.Storage.Path}, readable only by you",
            Assert.Single(notices).TrimEnd());
    }

    [Fact]
    public async Task Create_WhenTheCacheFolderExistsOpenToOthers_RestrictsItToTheOwner()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.CacheDirectory);
        File.SetUnixFileMode(folder.CacheDirectory, (UnixFileMode)0b111_101_101);

        await MicrosoftSignIn.CreateAsync(new SignInRun(folder.CacheDirectory, new FakeMicrosoftIdentity("rep@contoso.example", () => "at")).Options);

        Assert.Equal(FolderOwnerOnly, File.GetUnixFileMode(folder.CacheDirectory));
    }

    [Fact]
    public async Task SignIn_WhenRunAgainWithTheSameCache_FindsTheAccountWithoutNetwork()
    {
        using var folder = new TempFolder();
        var identity = new FakeMicrosoftIdentity("rep@contoso.example", () => "at-" + Guid.NewGuid());
        var first = await (await MicrosoftSignIn.CreateAsync(new SignInRun(folder.CacheDirectory, identity).Options))
            .GetTokenAsync("rep@contoso.example", allowDeviceCode: true, CancellationToken.None);
        var requests = identity.Requests.Count;

        var second = await (await MicrosoftSignIn.CreateAsync(new SignInRun(folder.CacheDirectory, identity).Options))
            .GetTokenAsync("rep@contoso.example", allowDeviceCode: false, CancellationToken.None);

        Assert.Equal(first.Token, second.Token);
        Assert.Equal("rep@contoso.example", second.UserName);
        Assert.Equal(requests, identity.Requests.Count);
    }
}
