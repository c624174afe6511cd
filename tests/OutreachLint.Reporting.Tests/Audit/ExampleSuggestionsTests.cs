using OutreachLint.Core;
using OutreachLint.Reporting.Audit;
using OutreachLint.Reporting.History;
using static OutreachLint.Reporting.Tests.Messages;

namespace OutreachLint.Reporting.Tests.Audit;

public sealed class ExampleSuggestionsTests : IDisposable
{
    private const string Pitch = "We'd love to partner with Northwind.";
    private readonly TempHistory _temp = new();

    [Fact]
    public void Complete_MakesPendingSuggestionsFromTheKeptText_KeepsThem_AndNeverAsksTwice()
    {
        using var history = _temp.Open();
        var run = history.StartRun(["/mail"], AuditWindow.All);
        var context = new SuggestionContext($"Hi Dana,\n{Pitch}", "Sam Lee\nAcme", "Sam Lee <sam@acme.com>", "sam@acme.com", ["dana@northwind.example"], ["Dana Wu"]);
        history.Record(run, Sent("pending.eml", "sam@acme.com", flagged: true, score: 10) with
        {
            Findings = [new RecordedFinding("OL001", "warning", Pitch, null), new RecordedFinding("OL101", "info", "whole email", null)],
            PendingSuggestions = context,
        });
        history.Record(run, Sent("made.eml", "sam@acme.com", flagged: true, score: 20));
        var judged = new List<EmailDocument>();

        var report = Build(history, judged);

        var document = Assert.Single(judged);
        Assert.Equal(context.AuthorText, document.AuthorText);
        Assert.Equal(["dana@northwind.example"], document.Recipients);
        Assert.Equal(["Dana Wu"], document.RecipientNames);
        Assert.Equal("Sam Lee <sam@acme.com>", document.From);
        Assert.Equal("Sam Lee\nAcme", Assert.Single(document.SetAside, p => p.Kind == SetAsideKind.Signature).Text);
        Assert.Equal("About pending.eml", document.Subject);
        Assert.Equal("Could Northwind cut costs?", Assert.Single(report.Examples[0].Findings).Suggestion);
        Assert.Equal("I'd like to sell you X.", Assert.Single(report.Examples[1].Findings).Suggestion);

        // The next report finds the suggestion in history: nothing is judged again.
        var again = Build(history, judged);
        Assert.Single(judged);
        Assert.Equal("Could Northwind cut costs?", Assert.Single(again.Examples[0].Findings).Suggestion);
        Assert.Null(history.PendingSuggestions(new MessageKey("pending.eml")));
    }

    public void Dispose() => _temp.Dispose();

    private static AuditReport Build(AuditHistory history, List<EmailDocument> judged)
    {
        var report = AuditAggregator.Build(history.Load(["/mail"], AuditWindow.All), AuditWindow.All, new SenderDirectory(new Dictionary<string, string>(), new Dictionary<string, string>()));
        return ExampleSuggestions.Complete(report, history, document =>
        {
            judged.Add(document);
            var finding = new Finding
            {
                Rule = RuleCatalog.DisguisedSelling, Severity = Severity.Warning, Confidence = 0.8f, Span = new TextSpan(9, Pitch.Length),
                Position = new TextPosition(2, 1), Text = Pitch, Message = "m", Suggestion = new Suggestion("Could Northwind cut costs?", "test"),
            };
            return new LintResult(document, [finding], 40);
        });
    }
}
