namespace OutreachLint.Mail.Sources;

/// <summary>Where an IMAP message lives, so history can resume from the highest UID seen.</summary>
/// <param name="FolderUrl">The folder's canonical URL without credentials, e.g. <c>imaps://rep@host:993/Sent</c>.</param>
/// <param name="UidValidity">The folder's UIDVALIDITY; a change means UIDs were reassigned.</param>
/// <param name="Uid">The message's UID in the folder.</param>
public sealed record ImapLocation(string FolderUrl, uint UidValidity, uint Uid);
