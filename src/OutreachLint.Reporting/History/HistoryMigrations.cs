using Microsoft.Data.Sqlite;

namespace OutreachLint.Reporting.History;

/// <summary>
/// The history schema as an ordered list of migrations. Each applies in its own transaction and is recorded in
/// <c>schema_migrations</c>, so an old file upgrades in place and a newer file is refused rather than misread.
/// </summary>
internal static class HistoryMigrations
{
    /// <summary>Migration scripts by version; append, never edit a released one.</summary>
    public static IReadOnlyList<(int Version, string Sql)> All { get; } =
    [
        (1, """
            CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                started TEXT NOT NULL,
                finished TEXT,
                status TEXT NOT NULL,
                inputs TEXT NOT NULL,
                window_since TEXT,
                window_before TEXT,
                recorded INTEGER NOT NULL DEFAULT 0,
                errors INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE run_inputs (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                input TEXT NOT NULL,
                PRIMARY KEY (run_id, input));
            CREATE TABLE folders (
                url TEXT PRIMARY KEY,
                uidvalidity INTEGER NOT NULL,
                highest_uid INTEGER NOT NULL,
                covered_since TEXT,
                covered_before TEXT,
                updated TEXT NOT NULL);
            CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                uidvalidity INTEGER NOT NULL,
                uid INTEGER NOT NULL,
                message_id TEXT NOT NULL,
                input TEXT NOT NULL,
                folder_url TEXT,
                sender TEXT NOT NULL,
                sender_name TEXT NOT NULL,
                subject TEXT NOT NULL,
                sent_utc TEXT,
                sent_offset INTEGER,
                week TEXT,
                kind TEXT NOT NULL,
                score INTEGER NOT NULL,
                flagged INTEGER NOT NULL,
                run_id INTEGER NOT NULL,
                UNIQUE (source, uidvalidity, uid));
            CREATE INDEX messages_input_sent ON messages (input, sent_utc);
            CREATE INDEX messages_folder ON messages (folder_url);
            CREATE TABLE findings (
                id INTEGER PRIMARY KEY,
                message_ref INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                rule TEXT NOT NULL,
                severity TEXT NOT NULL,
                text TEXT NOT NULL,
                suggestion TEXT);
            CREATE INDEX findings_message ON findings (message_ref);
            """),
        // The audit makes suggestions only for the messages its reports show; until then it keeps what they need.
        (2, """
            CREATE TABLE pending_suggestions (
                message_ref INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
                author_text TEXT NOT NULL,
                signatures TEXT NOT NULL,
                from_header TEXT NOT NULL,
                from_address TEXT NOT NULL,
                recipients TEXT NOT NULL,
                recipient_names TEXT NOT NULL);
            """),
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => All[^1].Version;

    /// <summary>Applies every pending migration; returns the resulting version.</summary>
    /// <exception cref="HistoryException">The file was written by a newer version.</exception>
    public static int Apply(SqliteConnection connection)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)");
        var current = Current(connection);
        if (current > Latest)
        {
            throw new HistoryException($"{connection.DataSource}: history schema version {current} is newer than this outreachlint understands ({Latest}); upgrade outreachlint");
        }

        foreach (var (version, sql) in All.Where(m => m.Version > current))
        {
            // BEGIN IMMEDIATE takes the write lock first; a second run opening the same file at the same moment waits,
            // then finds the migration applied and skips it instead of failing on a table that now exists.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (Current(connection, transaction) >= version)
            {
                continue;
            }

            Execute(connection, transaction, sql);
            using var mark = connection.CreateCommand();
            mark.Transaction = transaction;
            mark.CommandText = "INSERT INTO schema_migrations (version, applied) VALUES ($v, $t)";
            mark.Parameters.AddWithValue("$v", version);
            mark.Parameters.AddWithValue("$t", HistoryDates.Format(DateTimeOffset.UtcNow));
            mark.ExecuteNonQuery();
            transaction.Commit();
        }

        return Current(connection);
    }

    private static int Current(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
