namespace OutreachLint.Reporting.History;

/// <summary>
/// A message's identity in history: its source label plus, for IMAP, the folder's UIDVALIDITY and the UID (0 for files).
/// Recording the same key again replaces the earlier rows, so re-running a window never counts a message twice.
/// </summary>
/// <param name="Source">A path, <c>file.mbox#3</c>, or <c>imaps://rep@host/Sent;UID=42</c>.</param>
/// <param name="UidValidity">The IMAP folder's UIDVALIDITY, or 0.</param>
/// <param name="Uid">The IMAP UID, or 0.</param>
public sealed record MessageKey(string Source, uint UidValidity = 0, uint Uid = 0);
