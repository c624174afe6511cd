namespace OutreachLint.Reporting.History;

/// <summary>A place in an IMAP folder: the folder's canonical URL, its UIDVALIDITY and a UID in it.</summary>
public sealed record FolderPosition(string FolderUrl, uint UidValidity, uint Uid);
