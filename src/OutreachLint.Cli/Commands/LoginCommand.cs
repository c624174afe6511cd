using System.CommandLine;
using OutreachLint.Identity;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Cli.Commands;

/// <summary>
/// <c>outreachlint login</c>: signs in to Microsoft 365 once with a device code, so <c>check</c>, <c>extract</c> and
/// <c>audit</c> with <c>--auth microsoft</c> read the mailbox without a secret on the command line.
/// </summary>
internal sealed class LoginCommand : Command
{
    public MicrosoftSignInOptionsReader SignIn { get; } = new();

    public LoginCommand()
        : base("login", "Sign in to Microsoft 365 with a device code and cache the tokens the way the OS expects")
    {
        SignIn.AddTo(this);
        SetAction((parse, ct) => RunAsync(parse, ct));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var options = SignIn.Read(parse);
        MicrosoftSignIn signIn;
        try
        {
            signIn = await MicrosoftSignIn.CreateAsync(options).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"login: cannot open the token cache in {options.CacheDirectory} ({e.Message})");
        }

        try
        {
            var user = await signIn.SignInAsync(ct).ConfigureAwait(false);
            Console.Out.WriteLine($"Signed in to Microsoft 365 as {user}; tokens cached in {signIn.Storage.Path} ({signIn.Storage.Protection}).");
            Console.Out.WriteLine($"Read a mailbox with: outreachlint check --auth microsoft imaps://{user}@outlook.office365.com/Drafts");
            return ExitCodes.Clean;
        }
        catch (ImapTokenException e)
        {
            throw new UsageException($"login: {e.Message}");
        }
    }
}
