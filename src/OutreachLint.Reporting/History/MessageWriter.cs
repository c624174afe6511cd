using Microsoft.Data.Sqlite;

namespace OutreachLint.Reporting.History;

/// <summary>Writes one message's rows inside the caller's transaction: upsert on the key, findings replaced, folder advanced.</summary>
internal static class MessageWriter
{
    public static void Write(AuditHistory history, SqliteTransaction transaction, long runId, RecordedMessage m)
    {
        var id = (long)history.Scalar("""
            INSERT INTO messages (source, uidvalidity, uid, message_id, input, folder_url, sender, sender_name, subject, sent_utc, sent_offset, week, kind, score, flagged, run_id)
            VALUES ($source, $v, $uid, $mid, $input, $folder, $sender, $name, $subject, $sent, $offset, $week, $kind, $score, $flagged, $run)
            ON CONFLICT (source, uidvalidity, uid) DO UPDATE SET message_id = $mid, input = $input, folder_url = $folder, sender = $sender,
                sender_name = $name, subject = $subject, sent_utc = $sent, sent_offset = $offset, week = $week, kind = $kind, score = $score,
                flagged = $flagged, run_id = $run
            RETURNING id
            """, transaction,
            ("$source", m.Key.Source), ("$v", (long)m.Key.UidValidity), ("$uid", (long)m.Key.Uid), ("$mid", m.MessageId), ("$input", m.Input),
            ("$folder", m.FolderUrl), ("$sender", m.Sender), ("$name", m.SenderName), ("$subject", m.Subject),
            ("$sent", m.Date is { } d ? HistoryDates.Format(d) : null), ("$offset", m.Date is { } o ? (long)o.Offset.TotalMinutes : null),
            ("$week", m.Week), ("$kind", KindText(m.Kind)), ("$score", m.Score), ("$flagged", m.Flagged), ("$run", runId))!;
        history.Execute("DELETE FROM findings WHERE message_ref = $id", transaction, ("$id", id));
        foreach (var f in m.Findings)
        {
            history.Execute("INSERT INTO findings (message_ref, rule, severity, text, suggestion) VALUES ($id, $rule, $severity, $text, $suggestion)",
                transaction, ("$id", id), ("$rule", f.RuleId), ("$severity", f.Severity), ("$text", f.Text), ("$suggestion", f.Suggestion));
        }

        if (m.FolderUrl is not null)
        {
            history.Execute("""
                UPDATE folders SET highest_uid = MAX(highest_uid, $uid), updated = $now WHERE url = $url AND uidvalidity = $v
                """, transaction, ("$uid", (long)m.Key.Uid), ("$now", HistoryDates.Format(DateTimeOffset.UtcNow)), ("$url", m.FolderUrl), ("$v", (long)m.Key.UidValidity));
        }

        history.Execute("UPDATE runs SET recorded = recorded + 1 WHERE id = $run", transaction, ("$run", runId));
    }

    public static string KindText(MessageKind kind) => kind switch
    {
        MessageKind.FirstTouch => "first-touch",
        MessageKind.FollowUp => "follow-up",
        _ => "internal",
    };

    public static MessageKind ParseKind(string text) => text switch
    {
        "first-touch" => MessageKind.FirstTouch,
        "follow-up" => MessageKind.FollowUp,
        _ => MessageKind.Internal,
    };
}
