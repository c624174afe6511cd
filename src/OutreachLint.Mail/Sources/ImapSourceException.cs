namespace OutreachLint.Mail.Sources;

/// <summary>A permanent IMAP failure whose message is already a user-facing sentence without secrets.</summary>
internal sealed class ImapSourceException(string message) : Exception(message);
