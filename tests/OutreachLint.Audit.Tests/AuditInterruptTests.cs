using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OutreachLint.Audit.Tests.Harness;

namespace OutreachLint.Audit.Tests;

public sealed class AuditInterruptTests : IDisposable
{
    // Enough mail that the audit is still reading when the interrupt lands: at 2,500 messages a run finished between
    // its first recorded batch and the signal once the audit got fast.
    private const int Count = 12_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("ol-audit-interrupt-").FullName;

    // INT is Ctrl-C at a terminal; TERM is what cron's or systemd's time limit sends a scheduled audit.
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Interrupt_MidRun_LeavesConsistentHistory_AndTheNextRunCompletesTheWindowWithoutDoubleCounting(string signal)
    {
        var mail = Path.Combine(_folder, "sent");
        TeamMail.Write(mail, Count);
        var config = Path.Combine(_folder, "team.json");
        File.WriteAllText(config, TeamMail.Config);
        var interruptedDb = Path.Combine(_folder, "interrupted.db");
        string[] Args(string history) => ["audit", mail, "--format", "json", "--config", config, "--model", Cli.Model, "--history", history];

        using (var process = Cli.Start(_folder, null, Args(interruptedDb)))
        {
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            await WaitForRowsAsync(interruptedDb, process);
            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {await stderr}");
            Assert.Contains("interrupted", await stderr, StringComparison.Ordinal);
        }

        var recordedBefore = Consistent(interruptedDb);
        Assert.InRange(recordedBefore, 1, Count - 1);

        var resumed = await Cli.RunAsync(_folder, Args(interruptedDb));
        var clean = await Cli.RunAsync(_folder, Args(Path.Combine(_folder, "clean.db")));
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains($" {recordedBefore} already recorded", resumed.Stderr, StringComparison.Ordinal);
        Assert.Equal(Count + 1, Consistent(interruptedDb));
        Assert.Equal(clean.Stdout.Split('\n').Where(l => !l.Contains("\"since\"") && !l.Contains("\"before\"")),
            resumed.Stdout.Split('\n').Where(l => !l.Contains("\"since\"") && !l.Contains("\"before\"")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task WaitForRowsAsync(string db, Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(db) && Scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'messages'") is 1L && Scalar(db, "SELECT COUNT(*) FROM messages") is long n && n > 0)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException("the audit recorded nothing before it ended; cannot interrupt it mid-run");
    }

    /// <summary>Checks the file's integrity and that no finding outlived its message; returns the number of messages.</summary>
    private static long Consistent(string db)
    {
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(db, "SELECT COUNT(*) FROM findings f LEFT JOIN messages m ON m.id = f.message_ref WHERE m.id IS NULL"));
        Assert.Equal(0L, Scalar(db, "SELECT COUNT(*) FROM (SELECT source FROM messages GROUP BY source, uidvalidity, uid HAVING COUNT(*) > 1)"));
        return (long)Scalar(db, "SELECT COUNT(*) FROM messages")!;
    }

    private static object? Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
