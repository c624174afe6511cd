namespace OutreachLint.Cli.Tests;

/// <summary>
/// <c>--auth microsoft</c> and <c>login</c> from a script's point of view: no terminal, nothing cached. No request
/// reaches Microsoft in these runs (an empty cache is known empty without asking); the MSAL flow itself is tested
/// against a fake identity platform in OutreachLint.Identity.Tests.
/// </summary>
public sealed class MicrosoftSignInCliTests
{
    private const string ClientId = "3f1a5c1e-7b2d-4a8e-9c11-0d6f2b7e4a90";
    private const string Mailbox = "imaps://rep@contoso.example@outlook.office365.com/Drafts";

    [Theory]
    [InlineData("check")]
    [InlineData("extract")]
    [InlineData("audit")]
    public async Task Command_WhenMicrosoftAuthIsNotSignedInAndNoOneIsAtATerminal_Exits2WithOneLineNamingLogin(string command)
    {
        using var work = new Workspace();

        var run = await CliRunner.Built.RunAsync(work.Path, [command, "--auth", "microsoft", Mailbox],
            environment: new Dictionary<string, string?> { [MicrosoftSignInOptionsReader.ClientIdVariable] = ClientId });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            $"outreachlint: {Mailbox}: not signed in to Microsoft 365 as rep@contoso.example; run 'outreachlint login' in a terminal first",
            Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("devicelogin", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenAuthComesFromTheEnvironmentWithoutAClientId_Exits2PointingAtTheAppRegistration()
    {
        using var work = new Workspace();

        var run = await CliRunner.Built.RunAsync(work.Path, ["check", Mailbox],
            environment: new Dictionary<string, string?> { [InputOptions.AuthVariable] = "microsoft" });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(MicrosoftSignInOptionsReader.ClientIdVariable, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenMicrosoftAuthAndATokenFileAreBothGiven_Exits2()
    {
        using var work = new Workspace();
        var tokenFile = work.Write("token", "ya29.some-token");

        var run = await CliRunner.Built.RunAsync(work.Path, ["check", "--auth", "microsoft", "--client-id", ClientId, "--token-file", tokenFile, Mailbox]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.DoesNotContain("ya29.some-token", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WhenTheClientIdIsNotAGuid_Exits2BeforeAnySignIn()
    {
        using var work = new Workspace();

        var run = await CliRunner.Built.RunAsync(work.Path, ["login", "--client-id", "my-app"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("not an application (client) ID", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
