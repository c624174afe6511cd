using System.CommandLine;
using System.Globalization;
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

    public Argument<string[]> Inputs { get; } = new("INPUT") { Description = "Files, directories, - for stdin, or imap[s]://USER@HOST[:PORT]/FOLDER", Arity = ArgumentArity.OneOrMore };

    public Option<string?> PasswordFile { get; } = new("--password-file") { Description = $"File holding the IMAP password (or set {PasswordVariable})" };

    public Option<string?> TokenFile { get; } = new("--token-file") { Description = $"File holding an OAuth2 access token (or set {TokenVariable})" };

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
        foreach (var option in new Option[] { PasswordFile, TokenFile, CaFile, Insecure, Since, Before })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Builds the IMAP options; reads secret files and the environment.</summary>
    /// <exception cref="UsageException">A secret file cannot be read, or a date is malformed.</exception>
    public ImapSourceOptions ToImapOptions(ParseResult parse) =>
        ToImapOptions(parse, ParseDate(parse.GetValue(Since), "--since"), ParseDate(parse.GetValue(Before), "--before"), []);

    /// <summary>Builds the IMAP options with a window and resume positions decided by the caller (the audit's history).</summary>
    /// <exception cref="UsageException">A secret file cannot be read.</exception>
    public ImapSourceOptions ToImapOptions(ParseResult parse, DateOnly? since, DateOnly? before, IReadOnlyList<ImapLocation> resumeAfter)
    {
        return new ImapSourceOptions
        {
            Password = Secret(parse.GetValue(PasswordFile), PasswordVariable, "--password-file"),
            AccessToken = Secret(parse.GetValue(TokenFile), TokenVariable, "--token-file"),
            CaFile = parse.GetValue(CaFile) is { } ca ? Existing(ca, "--ca-file") : null,
            Insecure = parse.GetValue(Insecure),
            Since = since,
            Before = before,
            ResumeAfter = resumeAfter,
        };
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
