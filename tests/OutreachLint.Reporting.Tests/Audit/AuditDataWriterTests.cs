using System.Text.Json;
using OutreachLint.Reporting.Audit;

namespace OutreachLint.Reporting.Tests.Audit;

public sealed class AuditDataWriterTests
{
    [Fact]
    public void Json_HasTheContractFields()
    {
        var stream = new MemoryStream();
        AuditJsonWriter.Write(stream, HostileReport.Build());
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("messagesScanned").GetInt32());
        Assert.Equal(1, root.GetProperty("messagesFlagged").GetInt32());
        var sender = root.GetProperty("senders").EnumerateArray().First();
        Assert.Equal(HostileReport.Sender, sender.GetProperty("sender").GetString());
        Assert.Equal(1, sender.GetProperty("messages").GetInt32());
        Assert.Equal(1, sender.GetProperty("flagged").GetInt32());
        Assert.Equal(1, sender.GetProperty("findings").GetProperty("disguised-selling").GetInt32());
        Assert.Equal(1, root.GetProperty("rules").GetProperty("disguised-selling").GetInt32());
        foreach (var field in new[] { "weeks", "excluded", "examples", "firstTouches", "followUps", "teams" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Csv_HasOneRowPerSender_QuotedAndFormulaSafe()
    {
        var writer = new StringWriter();
        AuditCsvWriter.Write(writer, HostileReport.Build());
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("sender,name,team,messages,flagged,flagged_share,first_touches,follow_ups,average_score,disguised-selling", lines[0], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"\"\"><script>", lines[1], StringComparison.Ordinal);
        Assert.Equal("fine@acme.com,,,1,0,0,1,0,90,0,0,0", lines[2]);
    }
}
