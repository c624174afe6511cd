namespace OutreachLint.Reporting.History;

/// <summary>
/// How far an IMAP folder has been recorded: every message with a UID up to <see cref="HighestUid"/> and a date inside
/// [<see cref="CoveredSince"/>, <see cref="CoveredBefore"/>) is in history, under <see cref="UidValidity"/>.
/// </summary>
/// <param name="FolderUrl">The folder's canonical URL without credentials.</param>
/// <param name="UidValidity">The folder's UIDVALIDITY when recorded.</param>
/// <param name="HighestUid">The highest UID whose rows are committed.</param>
/// <param name="CoveredSince">The window's first day, or null for "from the beginning".</param>
/// <param name="CoveredBefore">The day after the window, or null for "up to now".</param>
public sealed record FolderState(string FolderUrl, uint UidValidity, uint HighestUid, DateOnly? CoveredSince, DateOnly? CoveredBefore)
{
    /// <summary>True when a run over [<paramref name="since"/>, <paramref name="before"/>) may resume after <see cref="HighestUid"/>.</summary>
    public bool Covers(DateOnly? since, DateOnly? before) =>
        (CoveredSince is null || (since is { } s && s >= CoveredSince))
        && (CoveredBefore is null || (before is { } b && b <= CoveredBefore));
}
