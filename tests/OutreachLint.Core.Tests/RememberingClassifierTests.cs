namespace OutreachLint.Core.Tests;

public sealed class RememberingClassifierTests
{
    [Fact]
    public void Classify_AsksAboutEachDistinctSentenceOnce_AcrossCalls_AndKeepsEveryAnswerInPlace()
    {
        var inner = new FakeClassifier(("partner with you", Labels.DisguisedSelling, 0.9f));
        var remembering = new RememberingClassifier(inner);

        var first = remembering.Classify(["Hi Dana.", "We'd like to partner with you.", "Hi Dana.", "Invoice 1 is attached."]);
        var second = remembering.Classify(["We'd like to partner with you.", "Invoice 2 is attached.", "Hi Dana."]);

        Assert.Equal(["Hi Dana.", "We'd like to partner with you.", "Invoice 1 is attached.", "Invoice 2 is attached."], inner.Seen);
        Assert.Equal([Labels.Ok, Labels.DisguisedSelling, Labels.Ok, Labels.Ok], first.Select(p => p.Label));
        Assert.Equal([Labels.DisguisedSelling, Labels.Ok, Labels.Ok], second.Select(p => p.Label));
        Assert.Equal(4, remembering.Remembered);
    }

    [Fact]
    public void Classify_WhenTheBoundIsReached_StartsOverAndStillAnswersCorrectly()
    {
        var inner = new FakeClassifier(("partner", Labels.DisguisedSelling, 0.9f));
        var remembering = new RememberingClassifier(inner, capacity: 3);

        remembering.Classify(["a", "b", "c"]);
        var later = remembering.Classify(["d", "partner"]);
        remembering.Classify(["a"]);

        Assert.Equal([Labels.Ok, Labels.DisguisedSelling], later.Select(p => p.Label));
        Assert.InRange(remembering.Remembered, 1, 3);
        Assert.Equal(["a", "b", "c", "d", "partner", "a"], inner.Seen);
    }

    [Fact]
    public void LintBatch_ThroughARememberingClassifier_GivesTheSameResultsAsWithout()
    {
        var docs = Enumerable.Range(0, 60).Select(i => new EmailDocument
        {
            Source = $"{i}.eml", FromAddress = "sam@seller.com", Recipients = ["dave@buyer.com"],
            AuthorText = $"Hi Dana. We'd like to partner with you. Could I get {i % 3 + 10} minutes? Invoice {i % 4} is attached.",
        }).ToList();
        FakeClassifier Fake() => new(("partner with you", Labels.DisguisedSelling, 0.95f), ("minutes", Labels.FavorAsk, 0.8f));

        var plain = new LintEngine(Fake(), null).LintBatch(docs);
        var remembered = new LintEngine(new RememberingClassifier(Fake()), null).LintBatch(docs);

        Assert.Equal(plain.Select(r => (r.Score, string.Join("|", r.Findings.Select(f => $"{f.Rule.Id}@{f.Span.Start}:{f.Severity}")))),
            remembered.Select(r => (r.Score, string.Join("|", r.Findings.Select(f => $"{f.Rule.Id}@{f.Span.Start}:{f.Severity}")))));
    }
}
