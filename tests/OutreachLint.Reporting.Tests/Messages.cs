using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Tests;

/// <summary>Builders for recorded messages in tests.</summary>
public static class Messages
{
    public static readonly DateTimeOffset Monday = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);

    public static RecordedMessage Sent(string source, string sender, bool flagged, int daysAfterMonday = 0, MessageKind kind = MessageKind.FirstTouch, int score = 90, string input = "/mail") => new()
    {
        Key = new MessageKey(source), Input = input, Sender = sender, Subject = "About " + source, Date = Monday.AddDays(daysAfterMonday),
        Kind = kind, Score = flagged ? score - 50 : score, Flagged = flagged,
        Findings = flagged ? [new RecordedFinding("OL001", "warning", "We'd love to partner with you.", "I'd like to sell you X.")] : [],
    };

    public static RecordedMessage Imap(string folder, uint validity, uint uid, bool flagged = false) =>
        Sent($"{folder};UID={uid}", "rep@acme.com", flagged, (int)uid % 5, input: folder) with { Key = new MessageKey($"{folder};UID={uid}", validity, uid), FolderUrl = folder };
}
