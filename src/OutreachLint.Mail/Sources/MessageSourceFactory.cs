namespace OutreachLint.Mail.Sources;

/// <summary>Turns one command-line INPUT into a source: <c>-</c>, an IMAP URL, a directory, or else a file.</summary>
public sealed class MessageSourceFactory
{
    private readonly ImapSourceOptions _imapOptions;
    private readonly Func<Stream> _openStdin;

    /// <summary>Creates a factory; <paramref name="openStdin"/> defaults to the process's standard input.</summary>
    public MessageSourceFactory(ImapSourceOptions? imapOptions = null, Func<Stream>? openStdin = null)
    {
        _imapOptions = imapOptions ?? new ImapSourceOptions();
        _openStdin = openStdin ?? Console.OpenStandardInput;
    }

    /// <summary>
    /// Creates the source for <paramref name="input"/>. A missing or unreadable file is not an exception: its source
    /// yields one error item, so the other inputs are still read.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="input"/> is empty.</exception>
    /// <exception cref="FormatException"><paramref name="input"/> is a malformed IMAP URL (a usage error).</exception>
    public IMessageSource Create(string input)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        if (input == StdinMessageSource.Label)
        {
            return new StdinMessageSource(_openStdin);
        }

        if (ImapUrl.IsImapUrl(input))
        {
            return new ImapMessageSource(ImapUrl.Parse(input), _imapOptions);
        }

        return Directory.Exists(input) ? new DirectoryMessageSource(input) : new FileMessageSource(input);
    }
}
