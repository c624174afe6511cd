using Microsoft.Data.Sqlite;

namespace OutreachLint.Reporting.History;

/// <summary>
/// The audit's memory, a SQLite file in WAL mode: runs, IMAP folder positions, and every linted message with its
/// findings. Messages are written in batches, each in one transaction together with its folders' new positions, so a run
/// stopped at any point leaves a consistent file that the next run completes. Microsoft.Data.Sqlite's async methods run
/// synchronously, so this type offers plain synchronous calls and the caller owns cancellation between them.
/// </summary>
public sealed class AuditHistory : IDisposable
{
    private readonly SqliteConnection _connection;

    private AuditHistory(SqliteConnection connection, int schemaVersion)
    {
        _connection = connection;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The default file: <c>outreachlint/history.db</c> under the user's local data directory.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "outreachlint", "history.db");

    /// <summary>The schema version after migrations.</summary>
    public int SchemaVersion { get; }

    /// <summary>The file's journal mode; <c>wal</c> unless the file system refused it.</summary>
    public string JournalMode => Scalar("PRAGMA journal_mode")?.ToString() ?? "";

    /// <summary>Opens or creates the history at <paramref name="path"/>, applying pending migrations.</summary>
    /// <exception cref="HistoryException">The file cannot be created, is not a history file, or is from a newer version.</exception>
    public static AuditHistory Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        SqliteConnection? connection = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // No pooling: a closed history must release its file at once, for the next scheduled run and for tests.
            connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
            connection.Open();
            Pragma(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;");
            return new AuditHistory(connection, HistoryMigrations.Apply(connection));
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            throw new HistoryException($"{full}: cannot open history ({e.Message.Split('\n')[0]})", e);
        }
        catch (HistoryException)
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>Records the start of a run over <paramref name="inputs"/>; returns its id.</summary>
    public long StartRun(IReadOnlyList<string> inputs, AuditWindow window)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(window);
        using var transaction = _connection.BeginTransaction();
        var id = (long)Scalar("""
            INSERT INTO runs (started, status, inputs, window_since, window_before) VALUES ($started, 'running', $inputs, $since, $before) RETURNING id
            """, transaction, ("$started", HistoryDates.Format(DateTimeOffset.UtcNow)), ("$inputs", string.Join('\n', inputs)),
            ("$since", Nullable(window.Since)), ("$before", Nullable(window.Before)))!;
        foreach (var input in inputs.Distinct(StringComparer.Ordinal))
        {
            Execute("INSERT INTO run_inputs (run_id, input) VALUES ($id, $input)", transaction, ("$id", id), ("$input", input));
        }

        transaction.Commit();
        return id;
    }

    /// <summary>Records how run <paramref name="runId"/> ended.</summary>
    public void FinishRun(long runId, RunStatus status, int errors)
    {
        Execute("UPDATE runs SET finished = $finished, status = $status, errors = $errors WHERE id = $id", null,
            ("$finished", HistoryDates.Format(DateTimeOffset.UtcNow)), ("$status", status.ToString().ToLowerInvariant()), ("$errors", errors), ("$id", runId));
    }

    /// <summary>The status of run <paramref name="runId"/>.</summary>
    public RunStatus StatusOf(long runId) =>
        Enum.Parse<RunStatus>((string)Scalar("SELECT status FROM runs WHERE id = $id", null, ("$id", runId))!, ignoreCase: true);

    /// <summary>When the last completed run that read <paramref name="input"/> started, or null if none did.</summary>
    public DateTimeOffset? LastCompletedStart(string input)
    {
        var text = Scalar("""
            SELECT MAX(r.started) FROM runs r JOIN run_inputs i ON i.run_id = r.id WHERE i.input = $input AND r.status = 'completed'
            """, null, ("$input", input));
        return text is string s ? HistoryDates.ParseInstant(s) : null;
    }

    /// <summary>Every IMAP folder's recorded position.</summary>
    public IReadOnlyList<FolderState> Folders()
    {
        using var command = Command("SELECT url, uidvalidity, highest_uid, covered_since, covered_before FROM folders", null);
        using var reader = command.ExecuteReader();
        var folders = new List<FolderState>();
        while (reader.Read())
        {
            folders.Add(new FolderState(reader.GetString(0), (uint)reader.GetInt64(1), (uint)reader.GetInt64(2),
                reader.IsDBNull(3) ? null : HistoryDates.ParseDay(reader.GetString(3)),
                reader.IsDBNull(4) ? null : HistoryDates.ParseDay(reader.GetString(4))));
        }

        return folders;
    }

    /// <summary>
    /// Called before the first message of a folder in a run. A resumed folder keeps its position and narrows its covered
    /// window to this run's; otherwise the position restarts at 0, and if UIDVALIDITY changed the folder's old rows are
    /// deleted first (a clean rescan). Returns true when rows were deleted.
    /// </summary>
    public bool BeginFolder(string folderUrl, uint uidValidity, bool resumed, DateOnly? since, DateOnly? before)
    {
        ArgumentException.ThrowIfNullOrEmpty(folderUrl);
        var known = Folders().FirstOrDefault(f => f.FolderUrl == folderUrl);
        var renumbered = known is not null && known.UidValidity != uidValidity;
        using var transaction = _connection.BeginTransaction();
        if (renumbered)
        {
            Execute("DELETE FROM messages WHERE folder_url = $url", transaction, ("$url", folderUrl));
        }

        var keep = resumed && known is not null && !renumbered;
        Execute("""
            INSERT INTO folders (url, uidvalidity, highest_uid, covered_since, covered_before, updated) VALUES ($url, $v, 0, $since, $before, $now)
            ON CONFLICT (url) DO UPDATE SET uidvalidity = $v, covered_since = $since, covered_before = $before, updated = $now,
                highest_uid = CASE WHEN $keep THEN highest_uid ELSE 0 END
            """, transaction, ("$url", folderUrl), ("$v", (long)uidValidity), ("$since", since is { } s ? HistoryDates.Format(s) : null),
            ("$before", before is { } b ? HistoryDates.Format(b) : null), ("$now", HistoryDates.Format(DateTimeOffset.UtcNow)), ("$keep", keep));
        transaction.Commit();
        return renumbered;
    }

    /// <summary>
    /// The keys of the messages recorded from <paramref name="input"/> that a read of <paramref name="window"/> can meet
    /// again: one query instead of one per message read. Only those dated within two days of the window (wider than
    /// any day rounding a read applies) and, for an unbounded window, undated ones: a weekly audit of a team's folder
    /// should not hold a year of keys. A key left out costs only a second judging, which replaces the same rows.
    /// </summary>
    public IReadOnlySet<MessageKey> KeysOf(string input, AuditWindow window)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(window);
        var margin = TimeSpan.FromDays(2);
        var bounded = window.Since is not null || window.Before is not null;
        // A range on the (input, sent_utc) index when bounded, so a week's keys are read without touching the year's.
        using var command = Command(
            "SELECT source, uidvalidity, uid FROM messages WHERE input = $input" + (bounded ? " AND sent_utc >= $from AND sent_utc < $to" : ""),
            null, ("$input", input),
            ("$from", HistoryDates.Format(window.Since is { } s ? s - margin : DateTimeOffset.MinValue)),
            ("$to", HistoryDates.Format(window.Before is { } b ? b + margin : DateTimeOffset.MaxValue)));
        using var reader = command.ExecuteReader();
        var keys = new HashSet<MessageKey>();
        while (reader.Read())
        {
            keys.Add(new MessageKey(reader.GetString(0), (uint)reader.GetInt64(1), (uint)reader.GetInt64(2)));
        }

        return keys;
    }

    /// <summary>Writes one message, its findings and its folder's new position in one transaction.</summary>
    public void Record(long runId, RecordedMessage message) => Record(runId, [message], []);

    /// <summary>
    /// Writes a batch in one transaction: every message with its findings (replacing earlier rows for the same key),
    /// and the folder positions of <paramref name="alreadyRecorded"/> messages moved past them. All or nothing, so a
    /// run stopped anywhere leaves no half-written message and no position beyond an unrecorded one.
    /// </summary>
    public void Record(long runId, IReadOnlyList<RecordedMessage> messages, IReadOnlyList<FolderPosition> alreadyRecorded)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(alreadyRecorded);
        using var transaction = _connection.BeginTransaction();
        using var writer = new MessageWriter(this, transaction, runId);
        foreach (var message in messages)
        {
            writer.Write(message);
        }

        foreach (var position in alreadyRecorded)
        {
            writer.Advance(position);
        }

        writer.Finish();
        transaction.Commit();
    }

    /// <summary>What making the suggestions of the message with <paramref name="key"/> needs, or null when they are made (or it is unknown).</summary>
    public SuggestionContext? PendingSuggestions(MessageKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var command = Command("""
            SELECT p.author_text, p.signatures, p.from_header, p.from_address, p.recipients, p.recipient_names
            FROM pending_suggestions p JOIN messages m ON m.id = p.message_ref
            WHERE m.source = $s AND m.uidvalidity = $v AND m.uid = $u
            """, null, ("$s", key.Source), ("$v", (long)key.UidValidity), ("$u", (long)key.Uid));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new SuggestionContext(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                MessageWriter.Items(reader.GetString(4)), MessageWriter.Items(reader.GetString(5)))
            : null;
    }

    /// <summary>
    /// Stores the suggestions made for the message with <paramref name="key"/> (each finding matched by rule and
    /// sentence) and forgets its pending context, in one transaction.
    /// </summary>
    public void SaveSuggestions(MessageKey key, IReadOnlyList<RecordedFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(findings);
        using var transaction = _connection.BeginTransaction();
        var id = Scalar("SELECT id FROM messages WHERE source = $s AND uidvalidity = $v AND uid = $u", transaction,
            ("$s", key.Source), ("$v", (long)key.UidValidity), ("$u", (long)key.Uid));
        if (id is null)
        {
            return;
        }

        foreach (var f in findings.Where(f => f.Suggestion is not null))
        {
            Execute("UPDATE findings SET suggestion = $suggestion WHERE message_ref = $id AND rule = $rule AND text = $text", transaction,
                ("$suggestion", f.Suggestion), ("$id", id), ("$rule", f.RuleId), ("$text", f.Text));
        }

        Execute("DELETE FROM pending_suggestions WHERE message_ref = $id", transaction, ("$id", id));
        transaction.Commit();
    }

    /// <summary>
    /// How long after recording history keeps a flagged message's text for suggestions not yet made: a quarter of
    /// weekly reports, and long enough for the reports of a backfill.
    /// </summary>
    public static readonly TimeSpan PendingTextKept = TimeSpan.FromDays(90);

    /// <summary>
    /// Drops the kept text of flagged messages recorded by runs that started before <paramref name="cutoff"/> and whose
    /// suggestions were never made; their sentences and counts stay. Returns how many were dropped.
    /// </summary>
    public int ForgetPendingBefore(DateTimeOffset cutoff) =>
        Execute("""
            DELETE FROM pending_suggestions WHERE message_ref IN (
                SELECT m.id FROM messages m JOIN runs r ON r.id = m.run_id WHERE r.started < $cutoff)
            """, null, ("$cutoff", HistoryDates.Format(cutoff)));

    /// <summary>The messages read from <paramref name="inputs"/> whose date lies in <paramref name="window"/>, findings included.</summary>
    public IReadOnlyList<RecordedMessage> Load(IReadOnlyCollection<string> inputs, AuditWindow window)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(window);
        return MessageReader.Read(this, inputs, window);
    }

    /// <summary>The window's messages from <paramref name="inputs"/> counted for a report, with its <paramref name="exampleCount"/> worst examples.</summary>
    public WindowSummary Summarize(IReadOnlyCollection<string> inputs, AuditWindow window, int exampleCount)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentOutOfRangeException.ThrowIfNegative(exampleCount);
        return SummaryReader.Read(this, inputs, window, exampleCount);
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    internal SqliteCommand Command(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    internal int Execute(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    internal object? Scalar(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static string? Nullable(DateTimeOffset? instant) => instant is { } i ? HistoryDates.Format(i) : null;

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
