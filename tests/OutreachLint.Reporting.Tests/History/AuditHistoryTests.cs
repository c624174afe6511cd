using Microsoft.Data.Sqlite;
using OutreachLint.Reporting.History;
using static OutreachLint.Reporting.Tests.Messages;

namespace OutreachLint.Reporting.Tests.History;

public sealed class AuditHistoryTests : IDisposable
{
    private readonly TempHistory _temp = new();

    [Fact]
    public void Open_WhenNew_CreatesFileAppliesMigrationsAndUsesWal()
    {
        using (var history = _temp.Open())
        {
            Assert.Equal(2, history.SchemaVersion);
            Assert.Equal("wal", history.JournalMode);
        }

        Assert.True(File.Exists(_temp.Path));
        Assert.Equal(2L, Query("SELECT COUNT(*) FROM schema_migrations WHERE version IN (1, 2)"));
        Assert.Equal("wal", Query("PRAGMA journal_mode"));
    }

    [Fact]
    public void Open_Twice_DoesNotReapplyMigrations()
    {
        _temp.Open().Dispose();
        using var again = _temp.Open();
        Assert.Equal(2L, Query("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public void Open_WhenFileIsAtVersion1_UpgradesInPlaceAndKeepsItsMessages()
    {
        using (var history = _temp.Open())
        {
            history.Record(history.StartRun(["/mail"], AuditWindow.All), Sent("a.eml", "a@acme.com", flagged: true));
        }

        // What a file written before version 2 looks like.
        Execute("DROP TABLE pending_suggestions");
        Execute("DELETE FROM schema_migrations WHERE version = 2");

        using var upgraded = _temp.Open();
        Assert.Equal(2, upgraded.SchemaVersion);
        var kept = Assert.Single(upgraded.Load(["/mail"], AuditWindow.All));
        Assert.Equal("I'd like to sell you X.", Assert.Single(kept.Findings).Suggestion);
        Assert.Null(upgraded.PendingSuggestions(kept.Key));
    }

    [Fact]
    public void Open_ByManyRunsAtOnceOnAFileToUpgrade_AppliesEachMigrationOnce()
    {
        _temp.Open().Dispose();
        Execute("DROP TABLE pending_suggestions");
        Execute("DELETE FROM schema_migrations WHERE version = 2");

        var versions = new int[6];
        Parallel.For(0, versions.Length, i =>
        {
            using var history = _temp.Open();
            versions[i] = history.SchemaVersion;
        });

        Assert.All(versions, v => Assert.Equal(2, v));
        Assert.Equal(1L, Query("SELECT COUNT(*) FROM schema_migrations WHERE version = 2"));
    }

    [Fact]
    public void Open_WhenSchemaIsNewer_RefusesWithHistoryException()
    {
        _temp.Open().Dispose();
        Execute("INSERT INTO schema_migrations (version, applied) VALUES (99, 'x')");
        var e = Assert.Throws<HistoryException>(_temp.Open);
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public void Open_WhenFileIsNotADatabase_ThrowsHistoryException()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.Path)!);
        File.WriteAllText(_temp.Path, new string('x', 4096));
        Assert.Throws<HistoryException>(_temp.Open);
    }

    [Fact]
    public void Record_SameKeyTwice_KeepsOneMessageWithTheLatestFindings()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["/mail"], AuditWindow.All);
        history.Record(run, Sent("a.eml", "a@acme.com", flagged: true));
        history.Record(run, Sent("a.eml", "a@acme.com", flagged: true));
        var second = history.StartRun(["/mail"], AuditWindow.All);
        history.Record(second, Sent("a.eml", "a@acme.com", flagged: false));

        var loaded = Assert.Single(history.Load(["/mail"], AuditWindow.All));
        Assert.False(loaded.Flagged);
        Assert.Empty(loaded.Findings);
        Assert.Equal(0L, Query("SELECT COUNT(*) FROM findings"));
    }

    [Fact]
    public void Load_FiltersByInputAndWindow_AndRestoresTheSendersOffset()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["/mail", "/other"], AuditWindow.All);
        history.Record(run, Sent("in.eml", "a@acme.com", true, 1) with { Date = new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.FromHours(-5)) });
        history.Record(run, Sent("late.eml", "a@acme.com", true, 9));
        history.Record(run, Sent("other.eml", "a@acme.com", true, 1, input: "/other"));

        var loaded = Assert.Single(history.Load(["/mail"], new AuditWindow(Monday, Monday.AddDays(7))));
        Assert.Equal("in.eml", loaded.Key.Source);
        Assert.Equal(TimeSpan.FromHours(-5), loaded.Date!.Value.Offset);
        Assert.Equal("2026-W06", loaded.Week);
    }

    [Fact]
    public void Record_AdvancesTheFolderPositionInTheSameTransaction()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["imaps://rep@host:993/Sent"], AuditWindow.All);
        history.BeginFolder("imaps://rep@host:993/Sent", 7, resumed: false, null, null);
        history.Record(run, Imap("imaps://rep@host:993/Sent", 7, 3));
        history.Record(run, Imap("imaps://rep@host:993/Sent", 7, 5));

        var folder = Assert.Single(history.Folders());
        Assert.Equal((7u, 5u), (folder.UidValidity, folder.HighestUid));
        Assert.True(folder.Covers(null, null));
    }

    [Fact]
    public void BeginFolder_WhenUidValidityChanged_DeletesThatFolderOnlyAndRestartsAtZero()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["f"], AuditWindow.All);
        history.BeginFolder("imaps://rep@host:993/Sent", 7, false, null, null);
        history.BeginFolder("imaps://rep@host:993/Other", 1, false, null, null);
        history.Record(run, Imap("imaps://rep@host:993/Sent", 7, 1, flagged: true));
        history.Record(run, Imap("imaps://rep@host:993/Other", 1, 1));

        var renumbered = history.BeginFolder("imaps://rep@host:993/Sent", 8, resumed: true, null, null);

        Assert.True(renumbered);
        Assert.Equal(1L, Query("SELECT COUNT(*) FROM messages"));
        Assert.Equal(0L, Query("SELECT COUNT(*) FROM findings"));
        var sent = history.Folders().Single(f => f.FolderUrl.EndsWith("/Sent", StringComparison.Ordinal));
        Assert.Equal((8u, 0u), (sent.UidValidity, sent.HighestUid));
    }

    [Fact]
    public void BeginFolder_WhenResumed_KeepsThePositionAndNarrowsTheCoveredWindow()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["f"], AuditWindow.All);
        history.BeginFolder("imaps://rep@host:993/Sent", 7, false, null, null);
        history.Record(run, Imap("imaps://rep@host:993/Sent", 7, 9));
        history.BeginFolder("imaps://rep@host:993/Sent", 7, resumed: true, new DateOnly(2026, 2, 1), null);

        var folder = Assert.Single(history.Folders());
        Assert.Equal(9u, folder.HighestUid);
        Assert.True(folder.Covers(new DateOnly(2026, 2, 8), null));
        Assert.False(folder.Covers(new DateOnly(2026, 1, 1), null));
        Assert.False(folder.Covers(null, null));
    }

    [Fact]
    public void Record_WhenAWriteFailsMidMessage_LeavesNoPartOfItAndTheFolderWhereItWas()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["f"], AuditWindow.All);
        history.BeginFolder("imaps://rep@host:993/Sent", 7, false, null, null);
        history.Record(run, Imap("imaps://rep@host:993/Sent", 7, 1, flagged: true));
        // A finding that violates NOT NULL fails after the message row is written: the whole message must roll back.
        var broken = Imap("imaps://rep@host:993/Sent", 7, 2, flagged: true) with { Findings = [new RecordedFinding("OL001", "warning", null!, null)] };

        Assert.Throws<SqliteException>(() => history.Record(run, broken));

        Assert.Equal(1L, Query("SELECT COUNT(*) FROM messages"));
        Assert.Equal(1L, Query("SELECT COUNT(*) FROM findings"));
        Assert.Equal(1u, Assert.Single(history.Folders()).HighestUid);
    }

    [Fact]
    public void Record_WhenAWriteFailsMidBatch_LeavesNoMessageOfTheBatchAndNoPositionMoved()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["f"], AuditWindow.All);
        history.BeginFolder("imaps://rep@host:993/Sent", 7, false, null, null);
        history.Record(run, Imap("imaps://rep@host:993/Sent", 7, 1, flagged: true));
        var broken = Imap("imaps://rep@host:993/Sent", 7, 3, flagged: true) with { Findings = [new RecordedFinding("OL001", "warning", null!, null)] };

        Assert.Throws<SqliteException>(() => history.Record(run, [Imap("imaps://rep@host:993/Sent", 7, 2), broken],
            [new FolderPosition("imaps://rep@host:993/Sent", 7, 4)]));

        Assert.Equal(1L, Query("SELECT COUNT(*) FROM messages"));
        Assert.Equal(1u, Assert.Single(history.Folders()).HighestUid);
        Assert.Equal(1L, Query("SELECT recorded FROM runs"));
    }

    [Fact]
    public void Record_Batch_WritesEveryMessageMovesPastKnownOnesAndCountsTheRun()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["f"], AuditWindow.All);
        history.BeginFolder("imaps://rep@host:993/Sent", 7, false, null, null);

        history.Record(run, [Imap("imaps://rep@host:993/Sent", 7, 2, flagged: true), Imap("imaps://rep@host:993/Sent", 7, 3)],
            [new FolderPosition("imaps://rep@host:993/Sent", 7, 9)]);

        Assert.Equal(2L, Query("SELECT COUNT(*) FROM messages"));
        Assert.Equal(1L, Query("SELECT COUNT(*) FROM findings"));
        Assert.Equal(9u, Assert.Single(history.Folders()).HighestUid);
        Assert.Equal(2L, Query("SELECT recorded FROM runs"));
        var keys = history.KeysOf("imaps://rep@host:993/Sent", AuditWindow.All);
        Assert.Contains(new MessageKey("imaps://rep@host:993/Sent;UID=3", 7, 3), keys);
        Assert.DoesNotContain(new MessageKey("imaps://rep@host:993/Sent;UID=9", 7, 9), keys);
        Assert.Empty(history.KeysOf("/elsewhere", AuditWindow.All));
    }

    [Fact]
    public void KeysOf_AWindow_ReadsOnlyKeysARereadOfItCanMeet()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["/mail"], AuditWindow.All);
        history.Record(run, [.. new[] { 0, 9, 12, 18, 20 }.Select(d => Messages.Sent($"d{d}.eml", "a@acme.com", false, d)),
            Messages.Sent("undated.eml", "a@acme.com", false) with { Date = null }], []);
        var week = new AuditWindow(Messages.Monday.AddDays(10), Messages.Monday.AddDays(17));

        var keys = history.KeysOf("/mail", week).Select(k => k.Source).Order(StringComparer.Ordinal);

        // Two days either side of the window; undated mail is read only by an unbounded window.
        Assert.Equal(["d12.eml", "d18.eml", "d9.eml"], keys);
        Assert.Equal(6, history.KeysOf("/mail", AuditWindow.All).Count);
        Assert.Equal(["d18.eml", "d20.eml"], history.KeysOf("/mail", new AuditWindow(Messages.Monday.AddDays(17), null)).Select(k => k.Source).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PendingSuggestions_RoundTripUntilSaved_ThenTheSuggestionsStayAndTheTextGoes()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["/mail"], AuditWindow.All);
        var context = new SuggestionContext("Hi Dana,\nWe'd love to partner with you.", "Sam\nAcme", "Sam <sam@acme.com>", "sam@acme.com",
            ["dana@northwind.example", "lee@northwind.example"], ["Dana Wu", "Lee\r\nKim"]);
        var message = Sent("a.eml", "sam@acme.com", flagged: true) with
        {
            Findings = [new RecordedFinding("OL001", "warning", "We'd love to partner with you.", null)], PendingSuggestions = context,
        };
        history.Record(run, message);

        var pending = history.PendingSuggestions(message.Key);
        Assert.NotNull(pending);
        Assert.Equal(context.AuthorText, pending.AuthorText);
        Assert.Equal(context.Signatures, pending.Signatures);
        Assert.Equal(context.From, pending.From);
        Assert.Equal(context.Recipients, pending.Recipients);
        Assert.Equal(["Dana Wu", "Lee Kim"], pending.RecipientNames);

        history.SaveSuggestions(message.Key, [new RecordedFinding("OL001", "warning", "We'd love to partner with you.", "Could Northwind use X?")]);

        Assert.Null(history.PendingSuggestions(message.Key));
        Assert.Equal(0L, Query("SELECT COUNT(*) FROM pending_suggestions"));
        Assert.Equal("Could Northwind use X?", Assert.Single(Assert.Single(history.Load(["/mail"], AuditWindow.All)).Findings).Suggestion);
    }

    [Fact]
    public void Record_AgainWithoutPendingSuggestions_ForgetsTheKeptText()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["/mail"], AuditWindow.All);
        var context = new SuggestionContext("text", "", "", "a@acme.com", [], []);
        history.Record(run, Sent("a.eml", "a@acme.com", flagged: true) with { PendingSuggestions = context });
        Assert.NotNull(history.PendingSuggestions(new MessageKey("a.eml")));

        history.Record(run, Sent("a.eml", "a@acme.com", flagged: false));

        Assert.Null(history.PendingSuggestions(new MessageKey("a.eml")));
        Assert.Equal(0L, Query("SELECT COUNT(*) FROM pending_suggestions"));
    }

    [Fact]
    public void ForgetPendingBefore_DropsTheKeptTextOfEarlierRunsOnly_AndKeepsTheirFindings()
    {
        using var history = _temp.Open();
        var context = new SuggestionContext("text", "", "", "a@acme.com", [], []);
        var earlier = history.StartRun(["/mail"], AuditWindow.All);
        history.Record(earlier, Sent("old.eml", "a@acme.com", flagged: true) with { PendingSuggestions = context });
        Execute($"UPDATE runs SET started = '2026-01-05T07:00:00.000Z' WHERE id = {earlier}");
        var later = history.StartRun(["/mail"], AuditWindow.All);
        history.Record(later, Sent("new.eml", "a@acme.com", flagged: true) with { PendingSuggestions = context });

        Assert.Equal(1, history.ForgetPendingBefore(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Null(history.PendingSuggestions(new MessageKey("old.eml")));
        Assert.NotNull(history.PendingSuggestions(new MessageKey("new.eml")));
        Assert.Equal(2L, Query("SELECT COUNT(*) FROM findings"));
    }

    [Fact]
    public void Runs_OnlyCompletedRunsAnchorSinceLast()
    {
        using var history = _temp.Open();
        var cancelled = history.StartRun(["/mail"], AuditWindow.All);
        history.FinishRun(cancelled, RunStatus.Cancelled, 0);
        Assert.Null(history.LastCompletedStart("/mail"));

        var completed = history.StartRun(["/mail"], AuditWindow.All);
        history.FinishRun(completed, RunStatus.Completed, 0);
        Assert.Equal(RunStatus.Completed, history.StatusOf(completed));
        Assert.NotNull(history.LastCompletedStart("/mail"));
        Assert.Null(history.LastCompletedStart("/elsewhere"));
    }

    public void Dispose() => _temp.Dispose();

    private object? Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_temp.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_temp.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
