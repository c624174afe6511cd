using MimeKit;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// One item read from a source: a parsed MIME message, or plain body text, or the reason it could not be read.
/// Exactly one of <see cref="Message"/>, <see cref="PlainText"/> and <see cref="Error"/> is set.
/// </summary>
/// <param name="Source">Where it came from: a path, "-", or <c>imaps://user@host/Folder;UID=42</c>.</param>
/// <param name="Message">The parsed message, for MIME input.</param>
/// <param name="PlainText">The body, for input that is plain text rather than MIME.</param>
/// <param name="Error">A one-line reason naming the input, when it could not be read.</param>
/// <param name="Folder">For IMAP: the folder's identity and the message's UID; null for files.</param>
public sealed record MailItem(string Source, MimeMessage? Message, string? PlainText, string? Error, ImapLocation? Folder = null);
