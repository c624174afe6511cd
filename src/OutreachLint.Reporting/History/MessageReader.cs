namespace OutreachLint.Reporting.History;

/// <summary>Reads the messages of a window back, with their findings: all of them in date order, or the worst few.</summary>
internal static class MessageReader
{
    public static IReadOnlyList<RecordedMessage> Read(AuditHistory history, IReadOnlyCollection<string> inputs, AuditWindow window) =>
        Read(history, inputs, window, "", "m.sent_utc, m.source, m.uid", null);

    /// <summary>
    /// The <paramref name="count"/> worst flagged prospecting messages of the window, as the report shows them: lowest
    /// score first, then the most recent, then by source.
    /// </summary>
    public static IReadOnlyList<RecordedMessage> Worst(AuditHistory history, IReadOnlyCollection<string> inputs, AuditWindow window, int count) =>
        Read(history, inputs, window, " AND m.kind <> 'internal' AND m.flagged", "m.score, m.sent_utc DESC, m.source, m.uid", count);

    /// <summary>The SQL condition (over <c>messages m</c>) for the window's messages read from <paramref name="inputs"/>, or null for no inputs.</summary>
    public static string? Where(IReadOnlyCollection<string> inputs, AuditWindow window, List<(string, object?)> parameters)
    {
        var names = inputs.Distinct(StringComparer.Ordinal).Select((input, i) =>
        {
            parameters.Add(($"$i{i}", input));
            return $"$i{i}";
        }).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var where = $"m.input IN ({string.Join(", ", names)})";
        if (window.Since is { } since)
        {
            where += " AND m.sent_utc >= $since";
            parameters.Add(("$since", HistoryDates.Format(since)));
        }

        if (window.Before is { } before)
        {
            where += " AND m.sent_utc < $before";
            parameters.Add(("$before", HistoryDates.Format(before)));
        }

        return where;
    }

    private static IReadOnlyList<RecordedMessage> Read(AuditHistory history, IReadOnlyCollection<string> inputs, AuditWindow window, string also, string orderBy, int? limit)
    {
        var parameters = new List<(string, object?)>();
        if (Where(inputs, window, parameters) is not { } where)
        {
            return [];
        }

        where += also;
        var rows = $"FROM messages m WHERE {where} ORDER BY {orderBy}{(limit is { } n ? $" LIMIT {n}" : "")}";
        var findings = ReadFindings(history, limit is null ? where : $"m.id IN (SELECT m.id {rows})", parameters);
        using var command = history.Command($"""
            SELECT m.id, m.source, m.uidvalidity, m.uid, m.message_id, m.input, m.folder_url, m.sender, m.sender_name, m.subject,
                   m.sent_utc, m.sent_offset, m.kind, m.score, m.flagged
            {rows}
            """, null, [.. parameters]);
        using var reader = command.ExecuteReader();
        var messages = new List<RecordedMessage>();
        while (reader.Read())
        {
            DateTimeOffset? date = reader.IsDBNull(10) ? null
                : HistoryDates.ParseInstant(reader.GetString(10)).ToOffset(TimeSpan.FromMinutes(reader.GetInt64(11)));
            messages.Add(new RecordedMessage
            {
                Key = new MessageKey(reader.GetString(1), (uint)reader.GetInt64(2), (uint)reader.GetInt64(3)),
                MessageId = reader.GetString(4), Input = reader.GetString(5), FolderUrl = reader.IsDBNull(6) ? null : reader.GetString(6),
                Sender = reader.GetString(7), SenderName = reader.GetString(8), Subject = reader.GetString(9), Date = date,
                Kind = MessageWriter.ParseKind(reader.GetString(12)), Score = reader.GetInt32(13), Flagged = reader.GetBoolean(14),
                Findings = findings.TryGetValue(reader.GetInt64(0), out var list) ? list : [],
            });
        }

        return messages;
    }

    private static Dictionary<long, List<RecordedFinding>> ReadFindings(AuditHistory history, string where, List<(string, object?)> parameters)
    {
        using var command = history.Command($"""
            SELECT f.message_ref, f.rule, f.severity, f.text, f.suggestion FROM findings f JOIN messages m ON m.id = f.message_ref
            WHERE {where} ORDER BY f.id
            """, null, [.. parameters]);
        using var reader = command.ExecuteReader();
        var byMessage = new Dictionary<long, List<RecordedFinding>>();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (!byMessage.TryGetValue(id, out var list))
            {
                byMessage[id] = list = [];
            }

            list.Add(new RecordedFinding(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return byMessage;
    }
}
