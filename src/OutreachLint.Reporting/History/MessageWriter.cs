using Microsoft.Data.Sqlite;

namespace OutreachLint.Reporting.History;

/// <summary>
/// Writes messages inside the caller's transaction: upsert on the key, findings replaced, folders advanced. A week of a
/// team's mail is tens of thousands of rows, so statements are prepared once per batch, a new message is one plain
/// insert (only a message recorded before pays for replacing its rows), and each folder moves once, at the end.
/// </summary>
internal sealed class MessageWriter : IDisposable
{
    // A message row, shared by the plain insert of a new message and the upsert of one recorded before.
    private const string InsertMessage = """
        INSERT INTO messages (source, uidvalidity, uid, message_id, input, folder_url, sender, sender_name, subject, sent_utc, sent_offset, week, kind, score, flagged, run_id)
        VALUES ($source, $v, $uid, $mid, $input, $folder, $sender, $name, $subject, $sent, $offset, $week, $kind, $score, $flagged, $run)

        """;

    private static readonly string[] MessageParameters =
        ["$source", "$v", "$uid", "$mid", "$input", "$folder", "$sender", "$name", "$subject", "$sent", "$offset", "$week", "$kind", "$score", "$flagged", "$run"];

    private readonly SqliteCommand _newMessage;
    private readonly SqliteCommand _message;
    private readonly SqliteCommand _clearFindings;
    private readonly SqliteCommand _finding;
    private readonly SqliteCommand _pending;
    private readonly SqliteCommand _clearPending;
    private readonly SqliteCommand _advance;
    private readonly SqliteCommand _counted;
    private readonly Dictionary<(string Folder, uint UidValidity), uint> _positions = [];
    private int _written;

    public MessageWriter(AuditHistory history, SqliteTransaction transaction, long runId)
    {
        _newMessage = Prepare(history, transaction, InsertMessage + "ON CONFLICT (source, uidvalidity, uid) DO NOTHING RETURNING id", MessageParameters);
        _newMessage.Parameters["$run"].Value = runId;
        _message = Prepare(history, transaction, InsertMessage + """
            ON CONFLICT (source, uidvalidity, uid) DO UPDATE SET message_id = $mid, input = $input, folder_url = $folder, sender = $sender,
                sender_name = $name, subject = $subject, sent_utc = $sent, sent_offset = $offset, week = $week, kind = $kind, score = $score,
                flagged = $flagged, run_id = $run
            RETURNING id
            """, MessageParameters);
        _message.Parameters["$run"].Value = runId;
        _clearFindings = Prepare(history, transaction, "DELETE FROM findings WHERE message_ref = $id", "$id");
        _finding = Prepare(history, transaction,
            "INSERT INTO findings (message_ref, rule, severity, text, suggestion) VALUES ($id, $rule, $severity, $text, $suggestion)",
            "$id", "$rule", "$severity", "$text", "$suggestion");
        _pending = Prepare(history, transaction, """
            INSERT OR REPLACE INTO pending_suggestions (message_ref, author_text, signatures, from_header, from_address, recipients, recipient_names)
            VALUES ($id, $text, $signatures, $from, $address, $recipients, $names)
            """, "$id", "$text", "$signatures", "$from", "$address", "$recipients", "$names");
        _clearPending = Prepare(history, transaction, "DELETE FROM pending_suggestions WHERE message_ref = $id", "$id");
        _advance = Prepare(history, transaction, """
            UPDATE folders SET highest_uid = MAX(highest_uid, $uid), updated = $now WHERE url = $url AND uidvalidity = $v
            """, "$uid", "$now", "$url", "$v");
        _advance.Parameters["$now"].Value = HistoryDates.Format(DateTimeOffset.UtcNow);
        _counted = Prepare(history, transaction, "UPDATE runs SET recorded = recorded + $n WHERE id = $run", "$n", "$run");
        _counted.Parameters["$run"].Value = runId;
    }

    /// <summary>Writes <paramref name="m"/>; its folder's position moves past it at <see cref="Finish"/>.</summary>
    public void Write(RecordedMessage m)
    {
        (string, object?)[] values =
        [
            ("$source", m.Key.Source), ("$v", (long)m.Key.UidValidity), ("$uid", (long)m.Key.Uid), ("$mid", m.MessageId),
            ("$input", m.Input), ("$folder", m.FolderUrl), ("$sender", m.Sender), ("$name", m.SenderName), ("$subject", m.Subject),
            ("$sent", m.Date is { } d ? HistoryDates.Format(d) : null), ("$offset", m.Date is { } o ? (long)o.Offset.TotalMinutes : null),
            ("$week", m.Week), ("$kind", KindText(m.Kind)), ("$score", m.Score), ("$flagged", m.Flagged),
        ];
        Set(_newMessage, values);
        var fresh = _newMessage.ExecuteScalar();
        long id;
        if (fresh is long inserted)
        {
            id = inserted;
        }
        else
        {
            Set(_message, values);
            id = (long)_message.ExecuteScalar()!;
            Set(_clearFindings, ("$id", id));
            _clearFindings.ExecuteNonQuery();
            Set(_clearPending, ("$id", id));
            _clearPending.ExecuteNonQuery();
        }

        foreach (var f in m.Findings)
        {
            Set(_finding, ("$id", id), ("$rule", f.RuleId), ("$severity", f.Severity), ("$text", f.Text), ("$suggestion", f.Suggestion));
            _finding.ExecuteNonQuery();
        }

        if (m.PendingSuggestions is { } c)
        {
            Set(_pending, ("$id", id), ("$text", c.AuthorText), ("$signatures", c.Signatures), ("$from", c.From), ("$address", c.FromAddress),
                ("$recipients", Lines(c.Recipients)), ("$names", Lines(c.RecipientNames)));
            _pending.ExecuteNonQuery();
        }

        if (m.FolderUrl is not null)
        {
            Advance(new FolderPosition(m.FolderUrl, m.Key.UidValidity, m.Key.Uid));
        }

        _written++;
    }

    /// <summary>Moves a folder's position past a message (at <see cref="Finish"/>), such as one recorded by an earlier run.</summary>
    public void Advance(FolderPosition position)
    {
        var folder = (position.FolderUrl, position.UidValidity);
        _positions[folder] = Math.Max(_positions.GetValueOrDefault(folder), position.Uid);
    }

    /// <summary>Writes the folders' new positions and the run's count of recorded messages.</summary>
    public void Finish()
    {
        foreach (var ((url, validity), uid) in _positions)
        {
            Set(_advance, ("$uid", (long)uid), ("$url", url), ("$v", (long)validity));
            _advance.ExecuteNonQuery();
        }

        Set(_counted, ("$n", _written));
        _counted.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in new[] { _newMessage, _message, _clearFindings, _finding, _pending, _clearPending, _advance, _counted })
        {
            command.Dispose();
        }
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

    /// <summary>A list stored one item per line; line breaks inside an item (a folded display name) become spaces.</summary>
    public static string Lines(IReadOnlyList<string> items) => string.Join('\n', items.Select(i => i.ReplaceLineEndings(" ")));

    /// <summary>The items of <see cref="Lines"/>.</summary>
    public static IReadOnlyList<string> Items(string lines) => lines.Length == 0 ? [] : lines.Split('\n');

    private static SqliteCommand Prepare(AuditHistory history, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = history.Command(sql, transaction, [.. names.Select(n => (n, (object?)null))]);
        command.Prepare();
        return command;
    }

    // Values are given in the order the parameters were declared: looking each up by name scans the collection, which
    // for a sixteen-column row cost more than the insert.
    private static void Set(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = parameters[i].ParameterName == values[i].Name ? parameters[i] : parameters[values[i].Name];
            parameter.Value = values[i].Value ?? DBNull.Value;
        }
    }
}
