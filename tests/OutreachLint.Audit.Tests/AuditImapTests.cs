using Microsoft.Data.Sqlite;
using MimeKit;
using OutreachLint.Audit.Tests.Harness;
using OutreachLint.Imap.Tests.Harness;

namespace OutreachLint.Audit.Tests;

public sealed class AuditImapTests : IDisposable
{
    private const string User = "rep";
    private readonly DovecotServer _server = new(new Dictionary<string, string> { [User] = "rep-pass" }, privateCa: true);
    private readonly string _folder = Directory.CreateTempSubdirectory("ol-audit-imap-").FullName;

    [Fact]
    public async Task Audit_ImapSent_ResumesAfterTheHighestUid_AndRescansCleanlyWhenUidValidityChanges()
    {
        var files = Path.Combine(_folder, "sent");
        TeamMail.Write(files, 30);
        File.WriteAllText(Path.Combine(_folder, "team.json"), TeamMail.Config);
        var messages = Directory.GetFiles(files).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();
        var byFiles = TeamAuditFixture.Parse(await AuditAsync(files, "files.db"));

        await MailSeeder.AppendAsync(_server, User, "Sent", messages.Take(20).Select(m => (m, MailKit.MessageFlags.Seen)));
        var first = await AuditAsync(Url, "imap.db");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("20 read, 20 new, 0 already recorded", first.Stderr, StringComparison.Ordinal);

        await MailSeeder.AppendAsync(_server, User, "Sent", messages.Skip(20).Select(m => (m, MailKit.MessageFlags.Seen)));
        var second = await AuditAsync(Url, "imap.db");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"{messages.Count - 20} read, {messages.Count - 20} new, 0 already recorded", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(Figures(byFiles), Figures(TeamAuditFixture.Parse(second)));
        var validity = Scalar("SELECT uidvalidity FROM folders");

        await RecreateSentAsync(messages);
        var third = await AuditAsync(Url, "imap.db");
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.NotEqual(validity, Scalar("SELECT uidvalidity FROM folders"));
        Assert.Contains($"{messages.Count} read, {messages.Count} new", third.Stderr, StringComparison.Ordinal);
        Assert.Equal((long)messages.Count, Scalar("SELECT COUNT(*) FROM messages"));
        Assert.Equal(Figures(byFiles), Figures(TeamAuditFixture.Parse(third)));
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Url => $"imaps://{User}@127.0.0.1:{_server.ImapsPort}/Sent";

    private Task<CliResult> AuditAsync(string input, string history) =>
        Cli.RunAsync(_folder, new Dictionary<string, string> { ["OUTREACHLINT_IMAP_PASSWORD"] = _server.Password(User) },
            "audit", input, "--format", "json", "--config", Path.Combine(_folder, "team.json"), "--model", Cli.Model,
            "--history", Path.Combine(_folder, history), "--ca-file", _server.CaFile);

    private async Task RecreateSentAsync(IEnumerable<MimeMessage> messages)
    {
        using (var client = await MailSeeder.ConnectAsync(_server, User))
        {
            var sent = await client.GetFolderAsync("Sent");
            await sent.DeleteAsync();
            await client.DisconnectAsync(true);
        }

        // Dovecot derives UIDVALIDITY from the clock: a new second guarantees a new value.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        await MailSeeder.AppendAsync(_server, User, "Sent", messages.Select(m => (m, MailKit.MessageFlags.Seen)));
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "imap.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string Figures(System.Text.Json.JsonElement json) =>
        string.Join('|', json.GetProperty("messagesScanned"), json.GetProperty("messagesFlagged"), json.GetProperty("excluded"),
            json.GetProperty("senders").GetRawText(), json.GetProperty("rules").GetRawText(), json.GetProperty("weeks").GetRawText());
}
