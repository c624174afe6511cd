using OutreachLint.Reporting.Audit;
using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Tests.Audit;

/// <summary>A report whose every email-derived string tries to inject markup or a spreadsheet formula.</summary>
public static class HostileReport
{
    public const string Sender = "\"><script>document.title='pwned'</script>@evil.example";
    public const string Name = "=HYPERLINK(\"http://evil.example\",\"x\")";
    public const string Subject = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";
    public const string Body = "Let's partner</blockquote><iframe src=\"http://evil.example\"></iframe><svg onload=alert(1)>";

    public static AuditReport Build()
    {
        var message = new RecordedMessage
        {
            Key = new MessageKey("/mail/<b>x</b>.eml"), Input = "/mail", Sender = Sender, SenderName = Name, Subject = Subject,
            Date = Messages.Monday, Kind = MessageKind.FirstTouch, Score = 10, Flagged = true,
            Findings = [new RecordedFinding("OL001", "warning", Body, "<a href=\"javascript:alert(1)\">click</a>")],
        };
        return AuditAggregator.Build([message, Messages.Sent("ok.eml", "fine@acme.com", false)], AuditWindow.All, new SenderDirectory());
    }
}
