namespace OutreachLint.Mail.Sources;

/// <summary>
/// An <see cref="IImapTokenProvider"/> could not produce a token (not signed in, sign-in refused, identity service
/// unreachable). The message is already a one-line sentence for the user, without secrets.
/// </summary>
public class ImapTokenException : Exception
{
    /// <summary>Creates the exception with a user-facing <paramref name="message"/>.</summary>
    public ImapTokenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a user-facing <paramref name="message"/> and the failure behind it.</summary>
    public ImapTokenException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
