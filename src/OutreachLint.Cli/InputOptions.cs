using System.CommandLine;
using System.Globalization;
using OutreachLint.Identity;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Cli;

/// <summary>
/// The options every mail-reading command shares: inputs, IMAP secrets (from the environment or files, never from an
/// argument), trust and the date window.
/// </summary>
internal sealed class InputOptions
{
    public const string PasswordVariable = "OUTREACHLINT_IMAP_PASSWORD";
    public const string TokenVariable = "OUTREACHLINT_IMAP_TOKEN";
    public const string AuthVariable = "OUTREACHLINT_IMAP_AUTH";
    public const string MicrosoftAuth = "microsoft";

    public Argument<string[]> Inputs { get; } = new("INPUT") { Description = "Files, directories, - for stdin, or imap[s]://USER@HOST[:PORT]/FOLDER", Arity = ArgumentArity.OneOrMore };

    public Option<string?> PasswordFile { get; } = new("--password-file") { Description = $"File holding the IMAP password (or set {PasswordVariable})" };

    public Option<string?> TokenFile { get; } = new("--token-file") { Description = $"File holding an OAuth2 access token (or set {TokenVariable})" };

    public Option<string?> Auth { get; } = new("--auth") { Description = $"IMAP login: auto (password or token, the default) or microsoft (the cached 'outreachlint login' sign-in; or set {AuthVariable})" };

    public MicrosoftSignInOptionsReader MicrosoftSignIn { get; } = new();

    public Option<string?> CaFile { get; } = new("--ca-file") { Description = "PEM file: a private CA or self-signed server certificate to trust" };

    public Option<bool> Insecure { get; } = new("--insecure") { Description = "Skip certificate validation and allow imap:// without STARTTLS (test servers only)" };

    public Option<string?> Since { get; } = new("--since") { Description = "Only mail sent on or after DATE (yyyy-mm-dd) or within the last Nd" };

    public Option<string?> Before { get; } = new("--before") { Description = "Only mail sent before DATE (yyyy-mm-dd)" };

    public InputOptions()
    {
        // System.CommandLine hands a mistyped option ("--fromat") to INPUT, which would then be "checked" as a missing file.
        Inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"unknown option {token.Value} (to read a file whose name starts with '-', write ./{token.Value})");
            }
        });
    }

    /// <summary>Adds the shared options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        foreach (var option in new Option[] { PasswordFile, TokenFile, Auth, CaFile, Insecure, Since, Before })
        {
            command.Options.Add(option);
        }

        MicrosoftSignIn.AddTo(command);
    }

    /// <summary>Builds the IMAP options; reads secret files and the environment.</summary>
    /// <exception cref="UsageException">A secret file cannot be read, or a date is malformed.</exception>
    public ImapSourceOptions ToImapOptions(ParseResult parse) =>
        ToImapOptions(parse, ParseDate(parse.GetValue(Since), "--since"), ParseDate(parse.GetValue(Before), "--before"), []);

    /// <summary>Builds the IMAP options with a window and resume positions decided by the caller (the audit's history).</summary>
    /// <exception cref="UsageException">A secret file cannot be read.</exception>
    public ImapSourceOptions ToImapOptions(ParseResult parse, DateOnly? since, DateOnly? before, IReadOnlyList<ImapLocation> resumeAfter)
    {
        var password = Secret(parse.GetValue(PasswordFile), PasswordVariable, "--password-file");
        var token = Secret(parse.GetValue(TokenFile), TokenVariable, "--token-file");
        var provider = TokenProvider(parse);
        if (provider is not null && token is not null)
        {
            throw new UsageException($"--auth microsoft gets its own tokens: leave out --token-file and {TokenVariable}");
        }

        return new ImapSourceOptions
        {
            Password = password,
            AccessToken = token,
            TokenProvider = provider,
            CaFile = parse.GetValue(CaFile) is { } ca ? Existing(ca, "--ca-file") : null,
            Insecure = parse.GetValue(Insecure),
            Since = since,
            Before = before,
            ResumeAfter = resumeAfter,
        };
    }

    /// <summary>The Microsoft 365 token provider when <c>--auth microsoft</c> (or the environment) asks for it.</summary>
    /// <exception cref="UsageException">The auth mode is unknown, or the sign-in options are missing.</exception>
    private MicrosoftImapTokenProvider? TokenProvider(ParseResult parse)
    {
        var auth = parse.GetValue(Auth) ?? Environment.GetEnvironmentVariable(AuthVariable);
        switch (auth?.Trim().ToLowerInvariant())
        {
            case null or "" or "auto":
                return null;
            case MicrosoftAuth:
                // A device code needs a person who sees the prompt: never from cron, a pipeline or a redirected run.
                var interactive = !Console.IsInputRedirected && !Console.IsErrorRedirected;
                return new MicrosoftImapTokenProvider(MicrosoftSignIn.Read(parse), interactive);
            default:
                throw new UsageException($"--auth: \"{auth}\" is not auto or {MicrosoftAuth}");
        }
    }

    /// <summary>Parses <c>yyyy-mm-dd</c> or <c>Nd</c> (N days ago, UTC).</summary>
    /// <exception cref="UsageException">The value is neither.</exception>
    public static DateOnly? ParseDate(string? value, string option)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.EndsWith('d') && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            return DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-days));
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{option}: \"{value}\" is not a date (yyyy-mm-dd) or a number of days (7d)");
    }

    /// <summary>A secret from <paramref name="file"/> when given, else from the environment <paramref name="variable"/>; never from an argument.</summary>
    /// <exception cref="UsageException">The file is missing or unreadable.</exception>
    internal static string? Secret(string? file, string variable, string option)
    {
        if (file is not null)
        {
            try
            {
                return File.ReadAllText(Existing(file, option)).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"{option} {file}: cannot read ({e.Message})");
            }
        }

        return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;
    }

    private static string Existing(string path, string option) =>
        File.Exists(path) ? path : throw new UsageException($"{option} {path}: file not found");
}
