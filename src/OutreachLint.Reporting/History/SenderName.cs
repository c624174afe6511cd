namespace OutreachLint.Reporting.History;

/// <summary>
/// A sender's display name on their latest prospecting message in a window that has one; <paramref name="Order"/>
/// ranks it among all senders' latest, so aliases merged into one sender keep the latest name of all.
/// </summary>
public sealed record SenderName(string Sender, string Name, long Order);
